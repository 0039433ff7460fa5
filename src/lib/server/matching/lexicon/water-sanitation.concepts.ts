import { concept } from './concept.ts';

const WS = 'water-sanitation' as const;

/** Drinking water, utilities, sanitation chains, hygiene. */
export const WATER_SANITATION = [
	concept('water', [], {
		en: 'water',
		fr: 'eau; eaux',
		es: 'agua; aguas',
		pt: 'água; águas',
		ar: 'مياه; المياه; ماء; الماء',
		zh: '水'
	}),
	concept('water-supply', [WS], {
		en: 'water supply; drinking water; potable water; piped water; tap water; safe water; water service; water access; household connection',
		fr: 'approvisionnement en eau; eau potable; adduction d’eau; alimentation en eau; accès à l’eau; branchement',
		es: 'abastecimiento de agua; agua potable; suministro de agua; servicio de agua; acceso al agua; conexión domiciliaria',
		pt: 'abastecimento de água; água potável; fornecimento de água; acesso à água; ligação domiciliar',
		ar: 'مياه الشرب; إمدادات المياه; التزود بالمياه; الماء الصالح للشرب; توصيلات المياه; شبكة المياه',
		zh: '供水; 饮用水; 自来水; 安全饮水; 入户'
	}),
	concept('water-utility', [WS], {
		en: 'water utility; water company; water operator; water board; water authority; water supply authority',
		fr: 'société des eaux; régie des eaux; opérateur d’eau; office de l’eau; service des eaux',
		es: 'empresa de agua; empresa municipal de agua; operador de agua; empresa de servicios de agua; acueducto',
		pt: 'companhia de saneamento; companhia de água; operadora de água; autarquia de água',
		ar: 'شركة المياه; مؤسسة المياه; مصلحة المياه; سلطة المياه',
		zh: '水务公司; 自来水公司; 供水企业; 水务局'
	}),
	concept('non-revenue-water', [WS], {
		en: 'non-revenue water; water losses; water loss; leakage; leaks; leak detection; burst pipe; unaccounted-for water; pressure management',
		fr: 'eau non facturée; pertes d’eau; pertes en réseau; fuites; détection des fuites; rendement du réseau',
		es: 'agua no facturada; agua no contabilizada; pérdidas de agua; fugas; detección de fugas; control de presión; sectorización',
		pt: 'perdas de água; água não faturada; vazamentos; detecção de vazamentos; controle de pressão; setorização',
		ar: 'المياه غير المحاسب عليها; الفاقد; فاقد المياه; التسربات; تسرب المياه; كشف التسرب',
		zh: '漏损; 管网漏损; 无收益水; 漏水; 检漏; 压力管理'
	}),
	concept('meter', [WS, 'energy-access'], {
		en: 'metering; water meter; meter reading; smart meter; meter installation',
		fr: 'compteur; comptage; relève des compteurs; compteur d’eau',
		es: 'medidor; micromedición; lectura de medidores; contador',
		pt: 'hidrômetro; medidor; medição; leitura de hidrômetros',
		ar: 'عداد; عدادات; العدادات; قراءة العدادات',
		zh: '水表; 电表; 计量; 抄表'
	}),
	concept('illegal-connection', [WS, 'energy-access'], {
		en: 'illegal connection; illegal connections; clandestine connection; unauthorised connection; theft; tampering; bypass',
		fr: 'branchement clandestin; branchements illicites; raccordement illégal; vol d’eau; fraude',
		es: 'conexión clandestina; conexiones ilegales; enganche; robo de agua; hurto; fraude',
		pt: 'ligação clandestina; ligações irregulares; gato; gatos; furto; fraude',
		ar: 'التوصيلات غير القانونية; الربط العشوائي; سرقة; توصيلات عشوائية',
		zh: '私接; 非法接入; 偷水; 偷电; 违章接线'
	}),
	concept('water-tariff', [WS, 'finance-investment'], {
		en: 'water tariff; water charges; billing; connection fee',
		fr: 'tarif de l’eau; facture d’eau; facturation; recouvrement; prix de l’eau',
		es: 'tarifa de agua; factura de agua; recibo del agua; facturación; cobranza; recaudación',
		pt: 'tarifa de água; conta de água; faturamento; cobrança',
		ar: 'تعرفة المياه; فاتورة المياه; فواتير; التحصيل; الفوترة',
		zh: '水价; 水费; 收费; 账单'
	}),
	concept('water-point', [WS], {
		en: 'standpipe; water kiosk; public tap; communal tap; water ATM; water vendor; tanker',
		fr: 'borne-fontaine; borne fontaine; kiosque à eau; point d’eau; fontaine publique; revendeur d’eau',
		es: 'pileta pública; grifo público; punto de agua; pila pública; carro cisterna; aguatero',
		pt: 'chafariz; torneira pública; carro-pipa; quiosque de água',
		ar: 'نقطة ماء; السقايات; صهريج; بائعي المياه',
		zh: '取水点; 公共水龙头; 售水机; 水站; 送水车'
	}),
	concept('groundwater', [WS, 'climate-adaptation'], {
		en: 'groundwater; borehole; boreholes; aquifer; hand pump; water table',
		fr: 'eaux souterraines; forage; puits; nappe phréatique; pompe à motricité humaine',
		es: 'agua subterránea; pozo; pozos; acuífero; bomba manual; manantial; napa freática',
		pt: 'água subterrânea; poço; poços; aquífero; bomba manual; nascente; lençol freático',
		ar: 'المياه الجوفية; بئر; آبار; الآبار; الخزان الجوفي; ينبوع',
		zh: '地下水; 水井; 机井; 含水层; 手压泵; 泉水'
	}),
	concept('water-treatment', [WS, 'public-health'], {
		en: 'water treatment; water quality; chlorination; chlorine; disinfection; household water treatment; filtration; safe storage',
		fr: 'traitement de l’eau; qualité de l’eau; chloration; chlore; désinfection; potabilisation; filtration',
		es: 'tratamiento de agua; calidad del agua; cloración; cloro; desinfección; potabilización; filtración',
		pt: 'tratamento de água; qualidade da água; cloração; cloro; desinfecção; filtração',
		ar: 'معالجة المياه; جودة المياه; الكلورة; الكلور; التعقيم; تنقية المياه',
		zh: '水处理; 水质; 加氯; 消毒; 净水; 过滤'
	}),
	concept('rainwater-harvesting', [WS, 'climate-adaptation'], {
		en: 'rainwater harvesting; rainwater tank; cistern; rooftop harvesting; water harvesting; rain harvesting',
		fr: 'récupération des eaux de pluie; collecte des eaux pluviales; citerne; captage des eaux de pluie',
		es: 'cosecha de agua de lluvia; captación de agua de lluvia; cisterna; aljibe; captación pluvial',
		pt: 'captação de água de chuva; cisterna; cisternas; aproveitamento de água da chuva',
		ar: 'حصاد مياه الأمطار; تجميع مياه الأمطار; صهاريج; خزانات مياه الأمطار',
		zh: '雨水收集; 集雨; 水窖; 蓄水池'
	}),
	concept('sanitation', [WS, 'public-health'], {
		en: 'sanitation; sanitary facilities; sanitation services; basic sanitation',
		fr: 'assainissement; assainissement autonome; ouvrages d’assainissement',
		es: 'saneamiento; saneamiento básico; servicios sanitarios',
		pt: 'saneamento; saneamento básico; esgotamento sanitário',
		ar: 'الصرف الصحي; صرف صحي; خدمات الصرف الصحي',
		zh: '环境卫生; 卫生设施; 污水处理设施'
	}),
	concept('toilet', [WS, 'public-health'], {
		en: 'toilet; toilets; latrine; pit latrine; public toilet; toilet block; flush toilet; container-based toilet; ablution block',
		fr: 'toilettes; latrine; latrines; latrine à fosse; toilettes publiques; bloc sanitaire; WC',
		es: 'inodoro; letrina; letrinas; baño; baños públicos; sanitario; batería sanitaria',
		pt: 'banheiro; latrina; latrinas; sanitário; sanitários públicos; vaso sanitário; fossa seca',
		ar: 'مراحيض; المراحيض; مرحاض; دورات المياه; دورات مياه عامة',
		zh: '厕所; 公厕; 公共厕所; 旱厕; 卫生间; 户厕'
	}),
	concept('open-defecation', [WS, 'public-health'], {
		en: 'defecation; community-led total sanitation; CLTS; ODF',
		fr: 'défécation à l’air libre; assainissement total piloté par la communauté; ATPC; fin de la défécation à l’air libre',
		es: 'defecación al aire libre; saneamiento total liderado por la comunidad; SANTOLIC',
		pt: 'defecação a céu aberto; defecação ao ar livre; saneamento total liderado pela comunidade',
		ar: 'التغوط في العراء; التبرز في العراء; الصرف الصحي الشامل بقيادة المجتمع',
		zh: '露天排便; 社区主导全面卫生'
	}),
	concept('faecal-sludge', [WS, 'public-health'], {
		en: 'faecal sludge; fecal sludge; septage; septic tank; pit emptying; desludging; emptying service; vacuum tanker; vacuum truck',
		fr: 'boues de vidange; vidange; vidange des fosses; fosse septique; fosses septiques; camion vidangeur; vidangeur; boues fécales',
		es: 'lodos fecales; vaciado de letrinas; fosa séptica; tanque séptico; camión cisterna de succión; limpieza de fosas',
		pt: 'lodo fecal; lamas fecais; esvaziamento de fossas; fossa séptica; limpa-fossa; caminhão limpa-fossa',
		ar: 'الحمأة; حمأة; تفريغ الحفر; البيارات; خزانات التحليل; الخزانات الصحية; صهاريج الشفط; نزح',
		zh: '粪污; 粪便污泥; 化粪池; 清掏; 吸粪车; 抽粪'
	}),
	concept('sewerage', [WS], {
		en: 'sewer; sewerage; sewer network; sewer connection; condominial sewer; simplified sewerage; sewage',
		fr: 'égout; égouts; réseau d’égouts; réseau d’assainissement collectif; eaux usées domestiques',
		es: 'alcantarillado; red de alcantarillado; alcantarillado condominial; desagüe; aguas negras',
		pt: 'esgoto; rede de esgoto; esgoto condominial; ramal de esgoto; esgotamento',
		ar: 'شبكة الصرف الصحي; المجاري; مياه المجاري; الصرف; شبكة المجاري',
		zh: '下水道; 排污管网; 污水管网; 污水管道'
	}),
	concept('wastewater-treatment', [WS, 'ecosystems-biodiversity'], {
		en: 'wastewater; wastewater treatment; treatment plant; effluent; sewage treatment; DEWATS; constructed wetland; treated wastewater; reuse of wastewater',
		fr: 'eaux usées; traitement des eaux usées; station d’épuration; épuration; effluents; lagunage; réutilisation des eaux usées',
		es: 'aguas residuales; tratamiento de aguas residuales; planta de tratamiento; depuradora; efluentes; reúso de aguas residuales',
		pt: 'águas residuais; efluentes; tratamento de esgoto; estação de tratamento; ETE; reúso de água',
		ar: 'المياه العادمة; مياه الصرف; معالجة مياه الصرف; محطة معالجة; المياه المعالجة; إعادة استخدام المياه',
		zh: '污水; 污水处理; 污水处理厂; 废水; 中水回用; 再生水'
	}),
	concept('hygiene', [WS, 'public-health'], {
		en: 'hygiene; handwashing; hand washing; soap; hygiene promotion; menstrual hygiene',
		fr: 'hygiène; lavage des mains; savon; promotion de l’hygiène; hygiène menstruelle',
		es: 'higiene; lavado de manos; jabón; promoción de la higiene; higiene menstrual',
		pt: 'higiene; lavagem das mãos; sabão; promoção da higiene; higiene menstrual',
		ar: 'النظافة الشخصية; غسل اليدين; الصابون; التوعية الصحية',
		zh: '个人卫生; 洗手; 肥皂; 经期卫生'
	}),
	concept('water-committee', [WS], {
		en: 'water committee; water users association; community water management; water board members; caretaker',
		fr: 'comité de gestion de l’eau; association des usagers de l’eau; comité de point d’eau; gestion communautaire de l’eau',
		es: 'junta de agua; juntas administradoras de agua; comité de agua; gestión comunitaria del agua; fontanero',
		pt: 'comitê de água; associação de usuários de água; gestão comunitária da água',
		ar: 'لجنة المياه; جمعية مستخدمي المياه; الإدارة المجتمعية للمياه',
		zh: '用水户协会; 村级供水; 管水员'
	}),
	concept('water-shortage', [WS, 'climate-adaptation'], {
		en: 'water shortage; water scarcity; intermittent supply; water rationing; dry taps',
		fr: 'pénurie d’eau; manque d’eau; coupures d’eau; rationnement; distribution intermittente',
		es: 'escasez de agua; falta de agua; racionamiento; cortes de agua; suministro intermitente',
		pt: 'escassez de água; racionamento; rodízio; abastecimento intermitente',
		ar: 'شح المياه; ندرة المياه; انقطاع المياه; نقص المياه; تقنين',
		zh: '缺水; 水资源短缺; 停水; 限水'
	}),
	concept('pipe-network', [WS], {
		en: 'pipe; pipes; pipeline; distribution network; pipe replacement',
		fr: 'conduite; conduites; canalisation; canalisations; réseau de distribution; tuyaux',
		es: 'tubería; tuberías; cañería; cañerías; red de distribución; caños',
		pt: 'tubulação; tubulações; canos; rede de distribuição; adutora; ramais',
		ar: 'أنابيب; الأنابيب; شبكة التوزيع; المواسير; قنوات',
		zh: '管网; 管道; 水管; 供水管网'
	}),
	concept('dam-reservoir', [WS, 'renewable-energy'], {
		en: 'dam; dams; reservoir; reservoirs; water storage; bulk water',
		fr: 'barrage; barrages; retenue d’eau; réservoir; réservoirs',
		es: 'represa; represas; embalse; embalses; presa; reservorio',
		pt: 'barragem; barragens; represa; reservatório; reservatórios; açude',
		ar: 'السد; السدود; الخزان; خزانات المياه; البحيرات الاصطناعية',
		zh: '水库; 大坝; 水坝; 蓄水'
	}),
	concept('desalination', [WS], {
		en: 'desalination; desalination plant; brackish water; seawater',
		fr: 'dessalement; usine de dessalement; eau saumâtre; eau de mer',
		es: 'desalinización; desaladora; agua salobre; agua de mar',
		pt: 'dessalinização; dessalinizador; água salobra; água do mar',
		ar: 'تحلية المياه; محطة تحلية; المياه المالحة; مياه البحر',
		zh: '海水淡化; 淡化厂; 苦咸水'
	})
];
