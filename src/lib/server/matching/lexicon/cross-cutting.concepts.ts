import { concept } from './concept.ts';

/**
 * Concepts that recur across themes — who acts, how, and at what scale. They help match two texts
 * that describe the same arrangement ("a cooperative of residents runs it with the municipality")
 * but carry no sector (an empty list), so they never decide what a text is about.
 */
export const CROSS_CUTTING = [
	concept('replication', [], {
		en: 'replicated; replication; replicate; nationwide; national programme',
		fr: 'répliqué; réplication; répliquer; mise à l’échelle; passage à l’échelle; généralisé; généralisation; échelle nationale; programme national',
		es: 'replicado; replicada; réplica; replicar; escalado; escalamiento; adoptado por otras ciudades; a escala nacional; programa nacional',
		pt: 'replicado; replicada; replicação; replicar; adotado por outras cidades; escala nacional; programa nacional',
		ar: 'تعميم; تعميمها; توسيع نطاق; تكرار التجربة; على المستوى الوطني; برنامج وطني; اعتمدتها مدن أخرى',
		zh: '推广; 复制推广; 全国推广; 推广到; 全国范围'
	}),
	concept('community-participation', [], {
		en: 'community participation; community-led; community-based; community-driven; participatory; residents; community members; community leaders',
		fr: 'participation communautaire; participatif; participative; approche communautaire; habitants; riverains; leaders communautaires; cogestion',
		es: 'participación comunitaria; participativo; participativa; enfoque comunitario; vecinos; pobladores; =habitantes; líderes comunitarios; cogestión',
		pt: 'participação comunitária; participativo; participativa; base comunitária; moradores; lideranças comunitárias; cogestão',
		ar: 'المشاركة المجتمعية; تشاركي; تشاركية; المجتمع المحلي; السكان; القادة المحليين; الإدارة المشتركة',
		zh: '社区参与; 参与式; 居民; 社区领袖; 共建共治'
	}),
	concept('local-government', [], {
		en: 'municipality; municipalities; municipal; local government; local governments; council; city council; county; mayor; local authority; city hall',
		fr: 'commune; communes; municipalité; municipal; collectivité territoriale; collectivités locales; conseil municipal; mairie; maire; hôtel de ville',
		es: 'municipio; municipios; municipalidad; municipal; gobierno local; gobiernos locales; alcaldía; alcalde; concejo municipal; ayuntamiento; cantón',
		pt: 'município; municípios; prefeitura; municipal; governo local; autarquia local; câmara municipal; prefeito; conselho municipal',
		ar: 'البلدية; البلديات; بلدية; الجماعة الترابية; الحكومة المحلية; السلطات المحلية; المجلس البلدي; رئيس البلدية; المحافظة',
		zh: '市政府; 地方政府; 市政; 市长; 区政府; 县政府'
	}),
	concept('national-government', [], {
		en: 'national government; central government; ministry; ministries; national agency; state government; federal',
		fr: 'gouvernement national; État; ministère; ministères; agence nationale; gouvernement central',
		es: 'gobierno nacional; gobierno central; ministerio; ministerios; agencia nacional; gobierno federal; estatal',
		pt: 'governo federal; governo nacional; governo central; ministério; ministérios; agência nacional; governo estadual',
		ar: 'الحكومة المركزية; الحكومة الوطنية; الوزارة; وزارة; الوكالة الوطنية',
		zh: '中央政府; 国家部委; 部委; 国家机构; 省政府'
	}),
	concept('ngo-partnership', [], {
		en: 'NGO; NGOs; civil society; non-governmental organisations; community-based organisations; =federation; partnership; partners',
		fr: 'ONG; société civile; organisations non gouvernementales; organisations communautaires de base; fédération; partenariat; partenaires',
		es: 'ONG; sociedad civil; organizaciones no gubernamentales; organizaciones comunitarias; federación; alianza; socios',
		pt: 'ONG; ONGs; sociedade civil; organizações não governamentais; organizações comunitárias; federação; parceria; parceiros',
		ar: 'المنظمات غير الحكومية; المجتمع المدني; الجمعيات الأهلية; منظمات المجتمع المحلي; الشراكة; الشركاء',
		zh: '非政府组织; 社会组织; 民间组织; 伙伴关系; 合作伙伴'
	}),
	concept('households', [], {
		en: 'households; household; families; family; residents; inhabitants; population',
		fr: 'ménages; ménage; familles; famille; habitants; population',
		es: 'hogares; hogar; familias; familia; =habitantes; población',
		pt: 'domicílios; famílias; família; agregados familiares; habitantes; população',
		ar: 'الأسر; الأسرة; العائلات; الأهالي; السكان',
		zh: '家庭; 住户; 农户; 居民; 人口'
	}),
	concept('children', [], {
		en: 'children; child; kids; boys',
		fr: 'enfants; enfant; garçons',
		es: 'niños; niño; infancia; niñez',
		pt: 'crianças; criança; infância',
		ar: 'الأطفال; أطفال; الطفل',
		zh: '儿童; 孩子; 少年儿童'
	}),
	concept('rural', [], {
		en: 'rural; villages; village; rural areas; countryside',
		fr: 'rural; rurale; rurales; villages; village; zones rurales; campagne',
		es: 'rural; rurales; comunidades rurales; aldeas; pueblos; zona rural; campo',
		pt: 'rural; rurais; aldeias; povoados; zona rural; campo; interior',
		ar: 'الريف; الريفية; القرى; قرية; المناطق الريفية',
		zh: '农村; 乡村; 村庄; 村'
	}),
	concept('small-town', [], {
		en: 'secondary cities; secondary city; intermediate cities; towns; district towns',
		fr: 'petites villes; villes secondaires; villes intermédiaires; communes urbaines; bourgs',
		es: 'ciudades pequeñas; ciudades intermedias; ciudades secundarias; pueblos; =localidades',
		pt: 'pequenas cidades; cidades médias; cidades intermediárias; cidades secundárias',
		ar: 'المدن الصغيرة; المدن الثانوية; المدن المتوسطة; البلدات',
		zh: '小城镇; 中小城市; 县城; 乡镇'
	}),
	concept('neighbourhood', [], {
		en: 'neighbourhood; neighbourhoods; neighborhood; neighborhoods; district; districts; ward; wards; quarter; communities',
		fr: 'quartier; quartiers; arrondissement; secteur; secteurs; communautés',
		es: 'barrio; barrios; colonia; colonias; comuna; comunas; vecindario; distrito; comunidades',
		pt: 'bairro; bairros; comunidade; comunidades; distrito; vila; vilas',
		ar: 'الحي; الأحياء; المنطقة; الدائرة; المجتمعات',
		zh: '社区; 街区; 街道; 片区; 小区'
	}),
	concept('pilot-project', [], {
		en: 'pilot; pilot project; pilots; piloted; demonstration project; prototype; trial',
		fr: 'pilote; projet pilote; phase pilote; expérimentation; projet de démonstration; prototype',
		es: 'piloto; proyecto piloto; plan piloto; experiencia piloto; proyecto demostrativo; prototipo',
		pt: 'piloto; projeto piloto; projeto-piloto; experiência piloto; projeto demonstrativo; protótipo',
		ar: 'مشروع تجريبي; تجريبي; المرحلة التجريبية; نموذج أولي',
		zh: '试点; 示范项目; 样板; 原型'
	}),
	concept('affordability', [], {
		en: 'affordable; affordability; cheap; cost; costs; expensive; price; prices; pay; paying; willingness to pay',
		fr: 'abordable; accessible financièrement; faible coût; coût; coûts; prix; payer; paiement; disposés à payer',
		es: 'asequible; barato; costo; costos; caro; precio; pagar; pago; dispuestos a pagar',
		pt: '=acessível; barato; custo; custos; caro; preço; pagar; pagamento; dispostos a pagar',
		ar: 'بأسعار معقولة; منخفض التكلفة; التكلفة; التكاليف; مكلف; السعر; الدفع; الاستعداد للدفع',
		zh: '低成本; 负担得起; 成本; 费用; 价格; 付费; 支付意愿'
	}),
	concept('peer-learning', [], {
		en: 'peer exchange; peer learning; exchange visits; study tour; study visit; twinning; knowledge exchange; lessons learned; south-south cooperation',
		fr: 'échange entre pairs; apprentissage entre pairs; visites d’échange; voyage d’étude; jumelage; échange de connaissances; leçons apprises; bonnes pratiques; coopération sud-sud',
		es: 'intercambio entre pares; aprendizaje entre pares; visitas de intercambio; gira de estudio; hermanamiento; intercambio de conocimientos; lecciones aprendidas; cooperación sur-sur',
		pt: 'intercâmbio entre pares; aprendizagem entre pares; visitas de intercâmbio; visita de estudo; geminação; troca de conhecimentos; lições aprendidas; cooperação sul-sul',
		ar: 'تبادل الخبرات; التعلم من الأقران; زيارات تبادلية; زيارة دراسية; التوأمة; تبادل المعرفة; الدروس المستفادة; الممارسات الجيدة; التعاون بين بلدان الجنوب',
		zh: '同行交流; 经验交流; 考察; 结对; 知识交流; 经验教训; 良好做法; 南南合作'
	}),
	concept('monitoring-evaluation', [], {
		en: 'monitoring; evaluation; indicators; impact evaluation; baseline; results; outcomes; performance',
		fr: 'suivi; évaluation; indicateurs; évaluation d’impact; situation de référence; résultats; performance',
		es: 'monitoreo; seguimiento; evaluación; indicadores; evaluación de impacto; línea de base; resultados; desempeño',
		pt: 'monitoramento; acompanhamento; avaliação; indicadores; avaliação de impacto; linha de base; resultados; desempenho',
		ar: 'الرصد; المتابعة; التقييم; المؤشرات; تقييم الأثر; خط الأساس; النتائج; الأداء',
		zh: '监测; 评估; 指标; 影响评估; 基线; 成效; 绩效'
	}),
	concept('policy-law', [], {
		en: 'policy; policies; law; laws; legislation; decree; ordinance; legal framework; strategy; reform',
		fr: 'politique; politiques; loi; lois; législation; décret; arrêté; cadre juridique; stratégie; réforme',
		es: 'política; políticas; ley; leyes; legislación; decreto; ordenanza; marco legal; estrategia; reforma',
		pt: 'política; políticas; lei; leis; legislação; decreto; portaria; marco legal; estratégia; reforma',
		ar: 'السياسة; السياسات; القانون; القوانين; التشريعات; مرسوم; الإطار القانوني; الاستراتيجية; الإصلاح',
		zh: '政策; 法律; 法规; 立法; 条例; 法律框架; 战略; 改革'
	}),
	concept('private-sector', [], {
		en: 'private sector; private companies; companies; firms; =businesses; contractors; private operator',
		fr: 'secteur privé; entreprises privées; entreprises; sociétés; prestataires; opérateur privé',
		es: 'sector privado; empresas privadas; empresas; compañías; contratistas; operador privado',
		pt: 'setor privado; empresas privadas; empresas; companhias; empreiteiras; operador privado',
		ar: 'القطاع الخاص; الشركات الخاصة; الشركات; المقاولين; المشغل الخاص',
		zh: '私营部门; 民营企业; 企业; 公司; 承包商'
	}),
	concept('technology-innovation', [], {
		en: 'technology; technologies; innovation; innovative; equipment; machines; machinery',
		fr: 'technologie; technologies; innovation; innovant; équipement; équipements; machines',
		es: 'tecnología; tecnologías; innovación; innovador; equipos; equipamiento; maquinaria',
		pt: 'tecnologia; tecnologias; inovação; inovador; equipamentos; máquinas; maquinário',
		ar: 'التكنولوجيا; التقنيات; الابتكار; المعدات; الآلات',
		zh: '技术; 创新; 设备; 机器; 机械'
	}),
	concept('maintenance', [], {
		en: 'maintenance; operation and maintenance; repairs; broken; upkeep',
		fr: 'entretien; maintenance; exploitation et maintenance; réparations; pannes; pièces de rechange',
		es: 'mantenimiento; operación y mantenimiento; reparaciones; averías; repuestos',
		pt: 'manutenção; operação e manutenção; reparos; avarias; peças de reposição',
		ar: 'الصيانة; التشغيل والصيانة; الإصلاحات; الأعطال; قطع الغيار',
		zh: '维护; 运维; 维修; 故障; 备件'
	}),
	concept('awareness', [], {
		en: 'awareness; awareness campaign; sensitisation; campaign; campaigns; behaviour change; communication; outreach; door-to-door',
		fr: 'sensibilisation; campagne; campagnes; changement de comportement; =communication; porte-à-porte',
		es: 'sensibilización; concienciación; campaña; campañas; cambio de comportamiento; =comunicación; casa por casa; puerta a puerta',
		pt: 'sensibilização; conscientização; campanha; campanhas; mudança de comportamento; comunicação; porta a porta; casa a casa',
		ar: 'التوعية; التحسيس; حملة; الحملات; تغيير السلوك; الاتصال; من باب إلى باب',
		zh: '宣传; 提高意识; 运动; 行为改变; 宣传教育; 入户'
	}),
	concept('mobile-phone', [], {
		en: 'mobile phone; mobile phones; cell phone; smartphone; SMS; text messages; WhatsApp; radio; loudspeakers; megaphones',
		fr: 'téléphone portable; téléphone mobile; téléphones; smartphone; SMS; radio; radios communautaires; mégaphones',
		es: 'teléfono celular; celular; celulares; teléfono móvil; mensajes de texto; SMS; radio; radios comunitarias; altavoces; megáfonos',
		pt: 'telefone celular; celular; celulares; telemóvel; mensagens de texto; SMS; rádio; rádios comunitárias; alto-falantes; megafones',
		ar: 'الهاتف المحمول; الهواتف المحمولة; الرسائل النصية; الإذاعة; الراديو; مكبرات الصوت',
		zh: '手机; 短信; 广播; 电台; 喇叭'
	}),
	concept('legality', [], {
		en: 'illegal; illegally; unauthorised; unauthorized; clandestine; irregular; unlicensed; legal; legalise; legalize; legalisation; regularise; regularize',
		fr: 'illégal; illégale; illégaux; illicite; clandestin; clandestins; irrégulier; irrégulière; légal; légaliser; régulariser; régularisation; légalisation',
		es: 'ilegal; ilegales; ilícito; clandestino; clandestinas; irregular; irregulares; legal; legalizar; legalización; regularizar; regularización',
		pt: 'ilegal; ilegais; ilícito; clandestino; clandestinas; irregular; irregulares; legal; legalizar; legalização; regularizar; regularização',
		ar: 'مخالف; قانوني; تقنين; تسوية الوضعية',
		zh: '非法; 违法; 违规; 违章; 合法; 合法化; 规范化'
	}),
	concept('coordination', [], {
		en: 'coordination; coordinate; inter-agency; multi-stakeholder; platform of actors; task force; committee; working group; roles and responsibilities',
		fr: 'coordination; coordonner; interinstitutionnel; multi-acteurs; plateforme; comité; cellule; groupe de travail; rôles et responsabilités',
		es: 'coordinación; coordinar; interinstitucional; multiactor; mesa de trabajo; comité; comisión; grupo de trabajo; roles y responsabilidades',
		pt: 'coordenação; coordenar; interinstitucional; multissetorial; comitê; comissão; grupo de trabalho; papéis e responsabilidades',
		ar: 'التنسيق; تنسيق; متعدد الأطراف; اللجنة; لجنة; فريق العمل; الأدوار والمسؤوليات',
		zh: '协调; 统筹; 跨部门; 多方; 领导小组; 委员会; 工作组; 职责分工'
	}),
	concept('infrastructure', [], {
		en: 'infrastructure; basic services; public services; service delivery; utilities; facilities',
		fr: 'infrastructures; infrastructure; services de base; services publics; prestation de services; équipements',
		es: 'infraestructura; infraestructuras; servicios básicos; servicios públicos; prestación de servicios',
		pt: 'infraestrutura; infraestruturas; serviços básicos; serviços públicos; prestação de serviços',
		ar: 'البنية التحتية; البنى التحتية; الخدمات الأساسية; الخدمات العامة; تقديم الخدمات; المرافق',
		zh: '基础设施; 基本公共服务; 公共服务; 市政设施'
	}),
	concept('migration', [], {
		en: 'migration; rural-urban migration; migrants; newcomers; displaced people; internally displaced; refugee camps',
		fr: 'migration; exode rural; migrants; personnes déplacées; déplacés internes; camps de réfugiés',
		es: 'migración; éxodo rural; migrantes; recién llegados; personas desplazadas; desplazados internos; campamentos de refugiados',
		pt: 'migração; êxodo rural; migrantes; recém-chegados; pessoas deslocadas; deslocados internos; campos de refugiados',
		ar: 'الهجرة; الهجرة من الريف إلى المدينة; المهاجرين; الوافدين الجدد; النازحين; النازحين داخليا; مخيمات اللاجئين',
		zh: '移民; 迁移; 农村人口外流; 流动人口; 新市民; 流离失所者; 难民营'
	})
];
