import { concept } from './concept.ts';

const SP = 'social-protection' as const;
const GE = 'gender-equality' as const;

/** Transfers, safety nets, registries, pensions, community kitchens. */
export const SOCIAL_PROTECTION = [
	concept('cash-transfer', [SP], {
		en: 'cash transfer; cash transfers; conditional cash transfer; unconditional cash; social grant; social grants; benefit payments; transfers to households',
		fr: 'transfert monétaire; transferts monétaires; transferts en espèces; transferts sociaux; allocations; filets sociaux',
		es: 'transferencia monetaria; transferencias monetarias; transferencias condicionadas; bono; bonos sociales; programa de transferencias',
		pt: 'transferência de renda; transferências de renda; transferência monetária; benefícios sociais',
		ar: 'التحويلات النقدية; تحويلات نقدية; الدعم النقدي; المساعدات النقدية; المنح الاجتماعية',
		zh: '现金转移支付; 现金补助; 低保; 社会救助金'
	}),
	concept('poverty', [SP], {
		en: 'poverty; poor; poorest; extreme poverty; ultra-poor; destitute; poor households; vulnerable households; deprivation',
		fr: 'pauvreté; pauvres; extrême pauvreté; misère; ménages pauvres; ménages vulnérables; faibles revenus; indigents',
		es: 'pobreza; pobres; pobreza extrema; extrema pobreza; indigencia; hogares pobres; hogares vulnerables; bajos ingresos',
		pt: 'pobreza; pobres; extrema pobreza; miséria; famílias pobres; famílias vulneráveis; baixa renda',
		ar: 'الفقر; الفقراء; الأكثر فقرا; الفقر المدقع; الأسر الفقيرة; الأسر الهشة; ذوي الدخل المحدود; المعوزين',
		zh: '贫困; 贫困户; 极端贫困; 低收入; 困难家庭; 弱势家庭'
	}),
	concept('safety-net', [SP], {
		en: 'safety nets; social protection; social assistance; social security; welfare; predictable transfers; lean season; shock-responsive',
		fr: 'filet de sécurité; filets de sécurité; protection sociale; assistance sociale; sécurité sociale; période de soudure',
		es: 'red de protección; redes de protección social; protección social; asistencia social; seguridad social; temporada de escasez',
		pt: 'rede de proteção social; proteção social; assistência social; seguridade social; previdência; período de escassez',
		ar: 'شبكات الأمان; شبكة الأمان الاجتماعي; الحماية الاجتماعية; المساعدة الاجتماعية; الضمان الاجتماعي',
		zh: '社会安全网; 社会保障; 社会保护; 社会救助; 青黄不接'
	}),
	concept('social-registry', [SP, 'digital-government'], {
		en: 'social registry; single registry; beneficiary registry; targeting; eligibility; beneficiaries; proxy means test; enrolment of beneficiaries',
		fr: 'registre social; registre social unifié; ciblage; éligibilité; bénéficiaires; critères d’éligibilité',
		es: 'registro social; registro único; padrón de beneficiarios; focalización; elegibilidad; beneficiarios; prueba de medios',
		pt: 'cadastro único; cadastro social; registro social; focalização; elegibilidade; beneficiários; busca ativa',
		ar: 'السجل الاجتماعي; السجل الاجتماعي الموحد; الاستهداف; الأهلية; المستفيدين',
		zh: '社会登记; 统一登记; 瞄准; 资格认定; 受益人'
	}),
	concept('pension', [SP], {
		en: 'pension; pensions; old-age pension; social pension; elderly; aged',
		fr: 'pension; pensions; retraite; pension de vieillesse; personnes âgées; aînés; vieillesse',
		es: 'pensión; pensiones; pensión no contributiva; adultos mayores; personas mayores; ancianos',
		pt: 'pensão; pensões; aposentadoria; idosos; pessoas idosas',
		ar: 'المعاش; المعاشات; معاش الشيخوخة; كبار السن; المسنين',
		zh: '养老金; 老年人; 高龄; 养老'
	}),
	concept('food-assistance', [SP, 'agriculture-food-systems'], {
		en: 'food assistance; food aid; food parcels; community kitchen; community kitchens; soup kitchen; popular restaurants; subsidised meals; food rations',
		fr: 'aide alimentaire; distributions de vivres; vivres; cantines communautaires; cuisines communautaires; restaurants populaires; repas subventionnés',
		es: 'asistencia alimentaria; ayuda alimentaria; canasta de alimentos; comedor popular; comedores populares; ollas comunes; comedores comunitarios; restaurantes populares',
		pt: 'assistência alimentar; ajuda alimentar; cestas básicas; cozinha comunitária; cozinhas comunitárias; restaurante popular; restaurantes populares',
		ar: 'المساعدات الغذائية; المعونة الغذائية; السلال الغذائية; المطابخ المجتمعية; مطاعم الرحمة; الوجبات المدعومة',
		zh: '粮食援助; 食物援助; 社区厨房; 平价餐厅; 爱心食堂'
	}),
	concept('graduation-livelihood', [SP, 'local-economic-development'], {
		en: 'graduation; graduation approach; asset transfer; livestock transfer; productive assets; coaching; sustainable livelihoods',
		fr: 'graduation; approche de graduation; transfert d’actifs; actifs productifs; accompagnement individuel; sortie de la pauvreté; autonomisation économique',
		es: 'graduación; modelo de graduación; transferencia de activos; activos productivos; acompañamiento familiar; salir de la pobreza; autonomía económica',
		pt: 'graduação; abordagem de graduação; transferência de ativos; ativos produtivos; acompanhamento familiar; sair da pobreza',
		ar: 'نهج التخرج; نقل الأصول; الأصول الإنتاجية; الخروج من الفقر; الاعتماد على الذات; التمكين الاقتصادي',
		zh: '脱贫; 资产转移; 生产性资产; 帮扶; 可持续生计; 自力更生'
	}),
	concept('health-insurance', [SP, 'public-health'], {
		en: 'health insurance; community health insurance; mutual health; health mutual; universal health coverage; user fees for health',
		fr: 'assurance maladie; mutuelle de santé; mutuelles de santé; couverture sanitaire universelle; couverture maladie; paiement direct',
		es: 'seguro de salud; seguro médico; seguro comunitario; cobertura universal de salud; gasto de bolsillo',
		pt: 'seguro de saúde; plano de saúde; mútua de saúde; cobertura universal de saúde; gasto do bolso',
		ar: 'التأمين الصحي; التعاضديات الصحية; التغطية الصحية الشاملة; الدفع المباشر',
		zh: '医疗保险; 新农合; 全民健康覆盖; 自付费用'
	}),
	concept('vulnerable-groups', [SP], {
		en: 'vulnerable groups; people with disabilities; disability; disabled; orphans; widows; refugees; homeless; marginalised',
		fr: 'groupes vulnérables; personnes handicapées; handicap; orphelins; veuves; réfugiés; marginalisés',
		es: 'grupos vulnerables; personas con discapacidad; discapacidad; huérfanos; viudas; refugiados; personas sin hogar; marginados',
		pt: 'grupos vulneráveis; pessoas com deficiência; deficiência; órfãos; viúvas; refugiados; população de rua; marginalizados',
		ar: 'الفئات الهشة; الفئات الضعيفة; ذوي الإعاقة; الإعاقة; الأيتام; الأرامل; اللاجئين; المشردين',
		zh: '弱势群体; 残疾人; 孤儿; 寡妇; 难民; 无家可归'
	}),
	concept('emergency-cash', [SP, 'disaster-risk-reduction'], {
		en: 'emergency cash; emergency transfers; humanitarian cash; relief payments; shock response; post-disaster transfers',
		fr: 'transferts d’urgence; transferts monétaires d’urgence; aide d’urgence; assistance humanitaire',
		es: 'transferencias de emergencia; bono de emergencia; ayuda humanitaria; asistencia humanitaria',
		pt: 'auxílio emergencial; transferências de emergência; ajuda humanitária; assistência humanitária',
		ar: 'التحويلات الطارئة; المساعدات الإنسانية; الإغاثة النقدية',
		zh: '应急救助; 紧急现金援助; 人道主义援助'
	}),
	concept('social-work', [SP], {
		en: 'social workers; social work; family support; home visits by social workers; referral to services',
		fr: 'travailleurs sociaux; travail social; assistants sociaux; accompagnement social; suivi des familles',
		es: 'trabajadores sociales; trabajo social; gestores de casos; acompañamiento familiar; apoyo a las familias',
		pt: 'assistentes sociais; trabalho social; serviço social; acompanhamento familiar; apoio às famílias',
		ar: 'الأخصائيين الاجتماعيين; العمل الاجتماعي; المساعدات الاجتماعيات; المتابعة الاجتماعية; دعم الأسر',
		zh: '社会工作者; 社工; 个案管理; 家庭支持'
	}),
	concept('child-benefit', [SP, 'education-skills'], {
		en: 'child grant; child benefit; child allowance; family allowance; support for children',
		fr: 'allocations familiales; allocation pour enfant; prestations familiales',
		es: 'asignación familiar; asignación por hijo; subsidio familiar; bono por hijo',
		pt: 'abono de família; auxílio por filho; salário-família; benefício por criança',
		ar: 'المنحة العائلية; منح الأطفال; التعويضات العائلية',
		zh: '儿童津贴; 家庭津贴; 育儿补贴'
	})
];

/** Women's rights, safety, voice and economic power. */
export const GENDER_EQUALITY = [
	concept('women', [GE], {
		en: 'women; woman; female; girls; girl; mothers; wives; women-led',
		fr: 'femmes; femme; filles; fille; mères; épouses',
		es: 'mujeres; mujer; niñas; niña; madres; esposas',
		pt: 'mulheres; mulher; meninas; menina; mães; esposas',
		ar: 'النساء; المرأة; نساء; الفتيات; البنات; الأمهات',
		zh: '妇女; 女性; 女童; 母亲'
	}),
	concept('gender-based-violence', [GE, 'public-health'], {
		en: 'gender-based violence; violence against women; sexual harassment; harassment; sexual violence; domestic violence; assault; abuse',
		fr: 'violences basées sur le genre; violence faite aux femmes; violences sexuelles; harcèlement sexuel; harcèlement; violence conjugale; agressions',
		es: 'violencia de género; violencia contra las mujeres; acoso sexual; acoso; violencia sexual; violencia doméstica; agresiones; abuso',
		pt: 'violência de gênero; violência contra a mulher; assédio sexual; assédio; violência sexual; violência doméstica; agressões; abuso',
		ar: 'العنف القائم على النوع الاجتماعي; العنف ضد المرأة; التحرش الجنسي; التحرش; العنف الجنسي; العنف الأسري; الاعتداء',
		zh: '性别暴力; 针对妇女的暴力; 性骚扰; 骚扰; 性暴力; 家庭暴力'
	}),
	concept('women-safety', [GE, 'urban-planning'], {
		en: "women's safety; safe cities; safety audits; safe public spaces; safe for women; feel unsafe; safety at night",
		fr: 'sécurité des femmes; villes sûres; marches exploratoires; espaces publics sûrs; réservé aux femmes; insécurité la nuit',
		es: 'seguridad de las mujeres; ciudades seguras; auditorías de seguridad; espacios públicos seguros; exclusivo para mujeres; viajemos seguras',
		pt: 'segurança das mulheres; cidades seguras; auditorias de segurança; espaços públicos seguros; exclusivo para mulheres',
		ar: 'سلامة المرأة; المدن الآمنة; الأماكن العامة الآمنة; مخصصة للنساء; أكثر أمانا للنساء',
		zh: '女性安全; 安全城市; 安全审计; 女性专用'
	}),
	concept('women-economic-empowerment', [GE, 'local-economic-development'], {
		en: "women's economic empowerment; women entrepreneurs; women's groups; women traders; women producers; women's cooperative; empowerment of women",
		fr: 'autonomisation économique des femmes; femmes entrepreneures; groupements de femmes; groupements féminins; femmes commerçantes; coopérative de femmes',
		es: 'empoderamiento económico de las mujeres; mujeres emprendedoras; grupos de mujeres; organizaciones de mujeres; cooperativa de mujeres',
		pt: 'empoderamento econômico das mulheres; mulheres empreendedoras; grupos de mulheres; associações de mulheres; cooperativa de mulheres',
		ar: 'التمكين الاقتصادي للمرأة; رائدات الأعمال; المجموعات النسائية; الجمعيات النسائية; التعاونيات النسائية',
		zh: '妇女经济赋权; 女性创业; 妇女小组; 妇女合作社'
	}),
	concept('gender-mainstreaming', [GE], {
		en: 'gender equality; gender; gender budgeting; gender-responsive budgeting; gender mainstreaming; gender audit; gender gap',
		fr: 'égalité de genre; égalité femmes-hommes; genre; budgétisation sensible au genre; intégration du genre; écart entre les sexes',
		es: 'igualdad de género; género; presupuestos con perspectiva de género; perspectiva de género; transversalización de género; brecha de género',
		pt: 'igualdade de gênero; gênero; orçamento sensível a gênero; perspectiva de gênero; transversalidade de gênero; desigualdade de gênero',
		ar: 'المساواة بين الجنسين; النوع الاجتماعي; الميزانية المراعية للنوع الاجتماعي; إدماج النوع الاجتماعي; الفجوة بين الجنسين',
		zh: '性别平等; 社会性别; 性别预算; 性别主流化; 性别差距'
	}),
	concept('women-leadership', [GE], {
		en: "women's leadership; women leaders; women's participation; women councillors; representation of women; women in decision-making",
		fr: 'leadership féminin; leadership des femmes; femmes leaders; participation des femmes; représentation des femmes',
		es: 'liderazgo de las mujeres; lideresas; mujeres líderes; participación de las mujeres; representación de las mujeres',
		pt: 'liderança feminina; liderança das mulheres; lideranças femininas; participação das mulheres; representação das mulheres',
		ar: 'القيادة النسائية; قيادة المرأة; مشاركة المرأة; تمثيل المرأة',
		zh: '女性领导力; 妇女参与; 女性代表'
	}),
	concept('female-headed-households', [GE, SP], {
		en: 'female-headed households; women heads of household; single mothers; women-headed; widows',
		fr: 'femmes chefs de ménage; ménages dirigés par des femmes; mères seules; mères célibataires; veuves',
		es: 'mujeres jefas de hogar; jefas de hogar; hogares encabezados por mujeres; madres solteras; viudas',
		pt: 'mulheres chefes de família; chefes de família; famílias chefiadas por mulheres; mães solteiras; viúvas',
		ar: 'الأسر التي تعيلها نساء; النساء المعيلات; الأمهات العازبات; الأرامل',
		zh: '女户主; 单亲母亲; 女性户主家庭'
	}),
	concept('unpaid-care', [GE, SP], {
		en: 'unpaid care; care work; domestic work; childcare burden; time poverty; carers',
		fr: 'travail de soin non rémunéré; travail domestique; tâches domestiques; charge des enfants',
		es: 'trabajo de cuidados; cuidados no remunerados; trabajo doméstico; sistema de cuidados',
		pt: 'trabalho de cuidado; cuidado não remunerado; trabalho doméstico',
		ar: 'أعمال الرعاية غير مدفوعة الأجر; العمل المنزلي; الأعباء المنزلية',
		zh: '无偿照料; 家务劳动; 照护工作'
	}),
	concept('women-land-rights', [GE, 'housing-informal-settlements'], {
		en: "women's land rights; joint titling; joint titles; inheritance rights; women's property rights",
		fr: 'droits fonciers des femmes; titres conjoints; droit de succession; accès des femmes à la terre',
		es: 'derechos de las mujeres a la tierra; titulación conjunta; herencia; acceso de las mujeres a la tierra',
		pt: 'direitos das mulheres à terra; titulação conjunta; herança; acesso das mulheres à terra',
		ar: 'حقوق المرأة في الأرض; الملكية المشتركة; حقوق الميراث',
		zh: '妇女土地权; 共同产权; 继承权'
	}),
	concept('girls-education', [GE, 'education-skills'], {
		en: "girls' education; girls' schooling; keep girls in school; child marriage",
		fr: 'scolarisation des filles; éducation des filles; maintien des filles à l’école; mariage précoce; mariage d’enfants',
		es: 'educación de las niñas; escolarización de las niñas; matrimonio infantil; matrimonio precoz',
		pt: 'educação das meninas; escolarização das meninas; casamento infantil; casamento precoce',
		ar: 'تعليم الفتيات; تمدرس الفتيات; الزواج المبكر; زواج الأطفال',
		zh: '女童教育; 早婚; 童婚'
	})
];
