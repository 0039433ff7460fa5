import { concept } from './concept.ts';

const DG = 'digital-government' as const;
const LED = 'local-economic-development' as const;
const FI = 'finance-investment' as const;

/** Public services, data and transparency through digital means. */
export const DIGITAL_GOVERNMENT = [
	concept('digital-services', [DG], {
		en: 'digital government; online services; digital platform; online platform; web portal; mobile app; app; digitisation; digitization; digital',
		fr: 'administration électronique; services en ligne; plateforme numérique; plateforme en ligne; portail; application mobile; numérisation; dématérialisation; numérique',
		es: 'gobierno electrónico; gobierno digital; servicios en línea; plataforma digital; plataforma en línea; portal; aplicación móvil; digitalización; digital',
		pt: 'governo eletrônico; governo digital; serviços online; plataforma digital; portal; =aplicativo; digitalização; digital',
		ar: 'الحكومة الإلكترونية; الخدمات الإلكترونية; المنصة الرقمية; منصة إلكترونية; تطبيق; الرقمنة; رقمية; الإلكتروني',
		zh: '电子政务; 数字政府; 网上办事; 在线服务; 数字平台; 应用程序; 数字化; 一网通办'
	}),
	concept('open-data', [DG], {
		en: 'data; dataset; database; data platform; dashboard; statistics; information system',
		fr: 'données ouvertes; données; base de données; tableau de bord; statistiques; système d’information',
		es: 'datos abiertos; datos; base de datos; tablero; estadísticas; sistema de información',
		pt: 'dados abertos; dados; base de dados; banco de dados; painel; estatísticas; sistema de informação',
		ar: 'البيانات المفتوحة; البيانات; قاعدة بيانات; لوحة المعلومات; الإحصاءات; نظام المعلومات',
		zh: '开放数据; 数据; 数据库; 数据平台; 统计; 信息系统; 大数据'
	}),
	concept('transparency', [DG], {
		en: 'transparency; =accountability; corruption; anti-corruption; public procurement; procurement; audit; integrity',
		fr: 'transparence; =redevabilité; corruption; lutte contre la corruption; marchés publics; passation des marchés; audit',
		es: 'transparencia; rendición de cuentas; corrupción; anticorrupción; contrataciones públicas; compras públicas; licitaciones; auditoría',
		pt: 'transparência; prestação de contas; corrupção; anticorrupção; compras públicas; licitações; contratações públicas; auditoria',
		ar: 'الشفافية; المساءلة; الفساد; مكافحة الفساد; المشتريات العامة; الصفقات العمومية; التدقيق',
		zh: '透明; 问责; 腐败; 反腐; 政府采购; 招标; 审计'
	}),
	concept('addressing', [DG, 'urban-planning'], {
		en: 'street addressing; addressing; street names; house numbering; postcode; addresses',
		fr: 'adressage; adressage des rues; noms de rues; numérotation; numérotation des parcelles; adresses',
		es: 'nomenclatura; direcciones; nombres de calles; numeración de casas; numeración; código postal',
		pt: 'endereçamento; endereços; nomes de ruas; numeração; numeração das casas; CEP',
		ar: 'العنونة; عناوين; أسماء الشوارع; ترقيم المنازل; ترقيم',
		zh: '门牌; 门牌号; 地址编码; 街道命名; 地址'
	}),
	concept('land-registry', [DG, 'housing-informal-settlements'], {
		en: 'cadastre; cadastral; land registry; land register; property register; land information system; parcels; parcel; title deeds; land records',
		fr: 'cadastre; cadastral; registre foncier; livre foncier; système d’information foncière; parcelles; titres fonciers',
		es: 'catastro; catastral; registro de la propiedad; registro de tierras; predios; títulos de propiedad',
		pt: 'cadastro; cadastro imobiliário; registro de imóveis; cadastro fundiário; lotes; escrituras',
		ar: 'السجل العقاري; المسح العقاري; الكاداستر; سجل الأراضي; سندات الملكية; القطع',
		zh: '地籍; 不动产登记; 土地登记; 宗地; 产权证'
	}),
	concept('digital-mapping', [DG, 'urban-planning'], {
		en: 'GIS; digital map; digital mapping; mapping; maps; map; satellite imagery; satellite images; drones; aerial imagery; geospatial; GPS',
		fr: 'SIG; cartographie; cartographie numérique; carte; cartes; images satellites; imagerie satellitaire; drones; géolocalisation; GPS',
		es: 'SIG; mapeo; cartografía; mapa; mapas; imágenes satelitales; drones; georreferenciación; geoespacial; GPS',
		pt: 'SIG; mapeamento; cartografia; mapa; mapas; imagens de satélite; drones; georreferenciamento; geoespacial; GPS',
		ar: 'نظم المعلومات الجغرافية; الخرائط; خريطة; رسم الخرائط; صور الأقمار الصناعية; الطائرات المسيرة; تحديد المواقع',
		zh: '地理信息系统; 地图; 测绘; 卫星影像; 遥感; 无人机; 定位'
	}),
	concept('citizen-feedback', [DG], {
		en: 'citizen reporting; complaints; complaint; grievance; feedback; reporting; hotline; report problems; service requests',
		fr: 'signalement; signalements; plaintes; plainte; réclamations; doléances; ligne verte; centre d’appel',
		es: 'denuncias; denuncia; quejas; queja; reclamos; reportes ciudadanos; línea gratuita; centro de llamadas; solicitudes',
		pt: 'denúncias; denúncia; reclamações; queixas; ouvidoria; solicitações; central de atendimento; disque',
		ar: 'الشكاوى; شكاوى; البلاغات; الإبلاغ; الخط الساخن; مركز الاتصال; التظلمات',
		zh: '投诉; 举报; 市民热线; 热线; 反馈; 报事'
	}),
	concept('one-stop-shop', [DG, LED], {
		en: 'service centre; citizen service centre; single window; red tape; bureaucracy; paperwork; queues; waiting times',
		fr: 'maison de services; centre de services aux citoyens; lourdeurs administratives; formalités; démarches administratives; file d’attente; files d’attente; faire la queue; délais',
		es: 'ventanilla única; centro de atención ciudadana; trámites; tramitología; burocracia; papeleo; filas; largas filas; tiempos de espera',
		pt: 'balcão único; poupatempo; central de atendimento ao cidadão; burocracia; trâmites; procedimentos; filas',
		ar: 'الشباك الموحد; الشباك الواحد; مراكز خدمة المواطنين; الإجراءات الإدارية; البيروقراطية; طوابير; الطوابير; طول الانتظار',
		zh: '一站式; 政务服务中心; 单一窗口; 行政审批; 繁琐手续; 排队; 等候时间'
	}),
	concept('mobile-money', [DG, FI], {
		en: 'mobile money; mobile payment; mobile payments; electronic payment; cashless; digital payments',
		fr: 'mobile money; paiement mobile; monnaie électronique; paiement électronique; terminaux de paiement',
		es: 'dinero móvil; pago móvil; pagos electrónicos; pago electrónico; billetera móvil; puntos de venta',
		pt: 'dinheiro móvel; pagamento móvel; pagamentos eletrônicos; pagamento eletrônico; carteira digital; maquininha',
		ar: 'الأموال عبر الهاتف المحمول; الدفع عبر الهاتف; الدفع الإلكتروني; المدفوعات الرقمية',
		zh: '移动支付; 手机支付; 电子支付; 无现金'
	}),
	concept('identity-registration', [DG, 'social-protection'], {
		en: 'civil registration; identity; birth registration; registration; register; registry; records; birth certificate; birth certificates',
		fr: 'état civil; identité; carte d’identité; enregistrement des naissances; enregistrement; registre; fichier; acte de naissance; actes d’état civil; extrait de naissance',
		es: 'registro civil; identidad; cédula; documento de identidad; registro; padrón; partida de nacimiento; acta de nacimiento',
		pt: 'registro civil; identidade; documento de identidade; registro; cadastro; certidão de nascimento; certidões',
		ar: 'السجل المدني; الهوية; بطاقة الهوية; تسجيل المواليد; التسجيل; السجل; شهادة الميلاد; عقد الازدياد',
		zh: '户籍; 身份证; 出生登记; 登记; 登记册; 出生证明'
	}),
	concept('participatory-budgeting', [DG, 'urban-planning'], {
		en: 'participatory budgeting; participatory budget; citizen participation; public participation; consultation; vote on projects; town hall meetings',
		fr: 'budget participatif; budgétisation participative; participation citoyenne; participation des habitants; concertation; consultation publique',
		es: 'presupuesto participativo; presupuestos participativos; participación ciudadana; consulta ciudadana; cabildo abierto',
		pt: 'orçamento participativo; participação cidadã; participação popular; consulta pública; audiências públicas',
		ar: 'الميزانية التشاركية; المشاركة المواطنية; مشاركة المواطنين; التشاور; الاستشارة العمومية',
		zh: '参与式预算; 公众参与; 市民参与; 听证'
	}),
	concept('smart-city', [DG, 'urban-planning'], {
		en: 'smart city; city brain; sensors network; real-time data; algorithm; artificial intelligence; automation',
		fr: 'ville intelligente; smart city; données en temps réel; internet des objets; intelligence artificielle',
		es: 'ciudad inteligente; datos en tiempo real; inteligencia artificial; algoritmo',
		pt: 'cidade inteligente; dados em tempo real; internet das coisas; inteligência artificial; algoritmo',
		ar: 'المدينة الذكية; البيانات الآنية; إنترنت الأشياء; الذكاء الاصطناعي',
		zh: '智慧城市; 城市大脑; 实时数据; 物联网; 人工智能; 算法'
	}),
	concept('internet-access', [DG], {
		en: 'internet; internet access; broadband; wifi; mobile network; digital divide; offline',
		fr: 'internet; accès à internet; wifi; réseau mobile; fracture numérique',
		es: 'internet; acceso a internet; banda ancha; wifi; red móvil; brecha digital',
		pt: 'internet; acesso à internet; banda larga; wifi; rede móvel; exclusão digital',
		ar: 'الإنترنت; الوصول إلى الإنترنت; النطاق العريض; الواي فاي; الشبكة الخلوية; الفجوة الرقمية',
		zh: '互联网; 宽带; 无线网络; 移动网络; 数字鸿沟; 离线'
	})
];

/** Jobs, enterprises, markets and the informal economy. */
export const LOCAL_ECONOMIC_DEVELOPMENT = [
	concept('jobs-income', [LED], {
		en: 'jobs; job; employment; unemployment; unemployed; livelihoods; livelihood; income; incomes; earnings; decent work; job creation',
		fr: 'emplois; emploi; chômage; chômeurs; moyens de subsistance; revenus; revenu; travail décent; création d’emplois',
		es: 'empleos; trabajo; desempleo; desempleados; medios de vida; ingresos; ingreso; trabajo decente',
		pt: 'emprego; empregos; trabalho; desemprego; desempregados; meios de subsistência; renda; rendimentos; trabalho decente; geração de emprego',
		ar: 'الوظائف; فرص العمل; فرص عمل; التشغيل; البطالة; العاطلين; سبل العيش; الدخل; دخل; العمل اللائق',
		zh: '就业; 工作; 失业; 生计; 收入; 创造就业'
	}),
	concept('small-enterprises', [LED], {
		en: 'micro-enterprises; microenterprises; SMEs; entrepreneurs; entrepreneurship',
		fr: 'petites entreprises; microentreprises; très petites entreprises; PME; entrepreneurs; entrepreneuriat; start-up; auto-entrepreneurs',
		es: 'pequeñas empresas; microempresas; mipymes; pymes; emprendedores; emprendimiento; emprendimientos; cuentapropistas',
		pt: 'pequenas empresas; microempresas; micro e pequenas empresas; PME; empreendedores; empreendedorismo; microempreendedores',
		ar: 'المشاريع الصغيرة; المؤسسات الصغيرة; المقاولات الصغيرة; رواد الأعمال; ريادة الأعمال; المشاريع المتناهية الصغر',
		zh: '小微企业; 中小企业; 创业; 创业者; 个体户'
	}),
	concept('street-vending', [LED, 'urban-planning'], {
		en: 'street vendors; street vending; street traders; street trading; hawkers; hawking; vendors; informal traders; stalls; sidewalk vendors; mobile vendors',
		fr: 'vendeurs ambulants; vente ambulante; vendeurs de rue; commerce de rue; marchands ambulants; étals; commerçants informels',
		es: 'vendedores ambulantes; venta ambulante; comercio ambulante; vendedores informales; comercio informal; puestos; ambulantes',
		pt: 'vendedores ambulantes; venda ambulante; comércio ambulante; camelôs; ambulantes; bancas; comércio informal',
		ar: 'الباعة المتجولين; الباعة الجائلين; البيع المتجول; الأكشاك; التجارة غير الرسمية; البسطات',
		zh: '流动摊贩; 摊贩; 地摊; 小贩; 摊位; 街头摊贩'
	}),
	concept('marketplace', [LED, 'urban-planning'], {
		en: 'market; markets; marketplace; central market; market traders; traders; market stalls; market infrastructure; market hall',
		fr: 'marché; marchés; grand marché; marché central; commerçants; commerçantes; marchands; étals; halles',
		es: 'mercado; mercados; mercado central; plaza de mercado; comerciantes; puestos de mercado',
		pt: 'mercado; mercados; mercado municipal; mercado central; comerciantes; feirantes; bancas',
		ar: 'السوق; الأسواق; سوق; السوق المركزي; التجار; التجار الصغار',
		zh: '市场; 集贸市场; 商户; 商贩; 摊贩市场'
	}),
	concept('informal-economy', [LED, 'social-protection'], {
		en: 'informal economy; informal sector; informal workers; informal employment; informal business; =informality; formalisation; formalization',
		fr: 'économie informelle; secteur informel; travailleurs informels; emploi informel; informalité; formalisation',
		es: 'economía informal; sector informal; trabajadores informales; informalidad; formalización',
		pt: 'economia informal; setor informal; trabalhadores informais; emprego informal; informalidade; formalização',
		ar: 'الاقتصاد غير الرسمي; القطاع غير الرسمي; العمال غير الرسميين; العمل غير الرسمي; إضفاء الطابع الرسمي',
		zh: '非正规经济; 非正规部门; 非正规就业; 灵活就业; 正规化'
	}),
	concept('business-support', [LED], {
		en: 'business development services; business support; incubator; incubation; business advice; enterprise development; business centre; business registration; licensing; permits',
		fr: 'services d’appui aux entreprises; accompagnement des entreprises; incubateur; incubation; création d’entreprise; immatriculation; licences; autorisations',
		es: 'servicios de desarrollo empresarial; apoyo empresarial; incubadora; incubación; centro de desarrollo empresarial; registro de empresas; licencias; permisos',
		pt: 'serviços de desenvolvimento empresarial; apoio empresarial; incubadora; incubação; registro de empresas; alvarás; licenças',
		ar: 'خدمات تطوير الأعمال; دعم المقاولات; الحاضنة; حاضنة; الاحتضان; تسجيل الشركات; التراخيص; الرخص',
		zh: '创业服务; 企业孵化; 孵化器; 营业执照; 企业注册; 许可'
	}),
	concept('local-development', [LED], {
		en: 'local economic development; local economy; economic development; development agency; economic growth; =competitiveness; investment promotion',
		fr: 'développement économique local; économie locale; développement économique; agence de développement; croissance économique',
		es: 'desarrollo económico local; economía local; desarrollo económico; agencia de desarrollo; crecimiento económico; competitividad',
		pt: 'desenvolvimento econômico local; economia local; desenvolvimento econômico; agência de desenvolvimento; crescimento econômico',
		ar: 'التنمية الاقتصادية المحلية; الاقتصاد المحلي; التنمية الاقتصادية; وكالة التنمية; النمو الاقتصادي',
		zh: '地方经济发展; 地方经济; 经济发展; 发展机构; 经济增长'
	}),
	concept('local-procurement', [LED, DG], {
		en: 'local procurement; local suppliers; public purchasing from small firms',
		fr: 'achats locaux; fournisseurs locaux; commande publique locale; marchés réservés',
		es: 'compras locales; proveedores locales; compras públicas a pequeñas empresas',
		pt: 'compras locais; fornecedores locais; compras governamentais de pequenas empresas; uso do poder de compra',
		ar: 'المشتريات المحلية; الموردين المحليين',
		zh: '本地采购; 本地供应商'
	}),
	concept('public-space-order', [LED, 'urban-planning'], {
		en: 'occupation of public space; designated zones; vending zones; relocation of vendors; evictions of vendors; licensing of vendors; confiscation; harassment by officers',
		fr: 'occupation du domaine public; zones dédiées; déguerpissement; déguerpissements; saisie des marchandises; recasement des commerçants',
		es: 'ocupación del espacio público; zonas autorizadas; reubicación de vendedores; desalojo; decomiso; decomisos',
		pt: 'ocupação do espaço público; áreas autorizadas; realocação dos vendedores; fiscalização; apreensão de mercadorias',
		ar: 'إشغال الفضاء العام; المناطق المخصصة; نقل الباعة; مصادرة البضائع',
		zh: '占道经营; 指定区域; 城管; 疏导; 没收'
	}),
	concept('cooperative', [LED], {
		en: 'cooperative; cooperatives; association; associations; collective enterprise; social enterprise',
		fr: 'coopérative; coopératives; association; associations; =groupement; =groupements; GIE; entreprise sociale',
		es: '=cooperativa; =cooperativas; asociación; asociaciones; grupo de autoayuda; empresa social; empresa comunitaria',
		pt: 'cooperativa; cooperativas; associação; associações; grupo solidário; empresa social; economia solidária',
		ar: 'تعاونية; التعاونيات; جمعية; الجمعيات; مجموعات المساعدة الذاتية; المقاولة الاجتماعية',
		zh: '合作社; 协会; 互助组; 社会企业'
	}),
	concept('public-works-employment', [LED, 'social-protection'], {
		en: 'public works; employment programme; cash for work; labour-intensive; employment guarantee',
		fr: 'travaux publics à haute intensité de main-d’œuvre; HIMO; argent contre travail; programme d’emploi',
		es: 'obras públicas intensivas en mano de obra; dinero por trabajo',
		pt: 'frentes de trabalho; obras intensivas em mão de obra; dinheiro por trabalho; programa de emprego',
		ar: 'الأشغال العامة; النقد مقابل العمل; برامج التشغيل; كثيفة العمالة',
		zh: '以工代赈; 公益岗位; 劳动密集型'
	}),
	concept('industrial-zone', [LED, 'urban-planning'], {
		en: 'industrial park; industrial zone; industrial estate; special economic zone; technology park; innovation hub; workshops cluster',
		fr: 'zone industrielle; parc industriel; zone économique spéciale; technopole; parc technologique; pôle d’innovation',
		es: 'parque industrial; zona industrial; zona económica especial; parque tecnológico; polo de innovación',
		pt: 'parque industrial; distrito industrial; zona econômica especial; parque tecnológico; polo de inovação',
		ar: 'المنطقة الصناعية; الحديقة الصناعية; المنطقة الاقتصادية الخاصة; الحديقة التكنولوجية; حاضنة الابتكار',
		zh: '工业园区; 开发区; 经济特区; 科技园; 创新中心'
	}),
	concept('night-economy', [LED], {
		en: 'night market; night markets; evening markets; night economy; designated hours',
		fr: 'marché de nuit; marchés nocturnes; économie nocturne',
		es: 'mercado nocturno; mercados nocturnos; economía nocturna',
		pt: 'mercado noturno; feiras noturnas; economia noturna',
		ar: 'الأسواق الليلية; سوق ليلي; الاقتصاد الليلي',
		zh: '夜市; 夜间经济'
	})
];

/** Paying for cities: own revenue, borrowing, funds, savings groups. */
export const FINANCE_INVESTMENT = [
	concept('municipal-revenue', [FI], {
		en: 'own-source revenue; municipal revenue; local revenue; revenue collection; revenues; tax collection; local taxes; fees and charges; revenue',
		fr: 'ressources propres; recettes propres; recettes municipales; fiscalité locale; recouvrement; recettes; impôts locaux; taxes',
		es: 'ingresos municipales; recaudación; recaudo; tributos; impuestos locales; tasas',
		pt: 'arrecadação; arrecadação municipal; tributos; impostos municipais; taxas',
		ar: 'الإيرادات الذاتية; الموارد الذاتية; الإيرادات المحلية; تحصيل الضرائب; الجبايات; الضرائب المحلية; الرسوم',
		zh: '自有收入; 地方收入; 税收征管; 地方税; 收费; 财政收入'
	}),
	concept('property-tax', [FI, DG], {
		en: 'property tax; property taxes; property rates; valuation; property valuation; tax register; land tax; tax base',
		fr: 'impôt foncier; taxe foncière; contribution foncière; évaluation foncière; valeur locative; rôle d’imposition; recensement fiscal',
		es: 'impuesto predial; predial; impuesto a la propiedad; avalúo; avalúos; catastro fiscal; valuación; padrón de contribuyentes',
		pt: 'IPTU; imposto predial; imposto sobre a propriedade; avaliação de imóveis; planta genérica de valores; cadastro fiscal',
		ar: 'الضريبة العقارية; ضريبة الأملاك; الرسوم العقارية; التقييم العقاري; جداول التقييم',
		zh: '房产税; 物业税; 不动产税; 估价; 财产评估'
	}),
	concept('borrowing', [FI], {
		en: 'loan; loans; borrowing; borrow; debt; credit; lending; lenders; banks; bank; creditworthiness; credit rating',
		fr: 'prêt; prêts; emprunt; emprunter; dette; crédit; crédits; banques; banque; solvabilité; notation financière',
		es: 'préstamo; préstamos; endeudamiento; deuda; crédito; créditos; bancos; banco; capacidad de pago; calificación crediticia',
		pt: 'empréstimo; empréstimos; endividamento; dívida; crédito; créditos; bancos; banco; capacidade de pagamento; rating',
		ar: 'قرض; القروض; الاقتراض; الدين; الائتمان; البنوك; المصارف; الجدارة الائتمانية; التصنيف الائتماني',
		zh: '贷款; 借款; 举债; 债务; 信贷; 银行; 信用评级'
	}),
	concept('bonds', [FI], {
		en: 'bond; bonds; municipal bond; municipal bonds; green bond; pooled bond; capital markets; investors',
		fr: 'obligation; obligations; obligations municipales; obligation verte; marché financier; marchés de capitaux; investisseurs',
		es: 'bono; bonos; bonos municipales; bono verde; mercado de capitales; inversionistas',
		pt: 'título; títulos; títulos municipais; debêntures; título verde; mercado de capitais; investidores',
		ar: 'السندات; سندات; السندات البلدية; السندات الخضراء; أسواق رأس المال; المستثمرين',
		zh: '债券; 市政债券; 绿色债券; 资本市场; 投资者'
	}),
	concept('development-fund', [FI], {
		en: 'development fund; municipal development fund; pooled fund; revolving fund; fund; funds; grant; grants; financing facility',
		fr: 'fonds de développement; fonds municipal; fonds d’équipement; fonds renouvelable; fonds; subvention; subventions; facilité de financement',
		es: 'fondo de desarrollo; fondo municipal; fondo rotatorio; fondo; fondos; donación; subvenciones; financiamiento',
		pt: 'fundo de desenvolvimento; fundo municipal; fundo rotativo; fundo; fundos; doação; subvenções; financiamento',
		ar: 'صندوق التنمية; الصندوق; صندوق دوار; الصناديق; منحة; المنح; التمويل',
		zh: '发展基金; 基金; 循环基金; 赠款; 补助'
	}),
	concept('fiscal-transfers', [FI], {
		en: 'intergovernmental transfers; fiscal transfers; transfers from central government; central government grants; budget allocation; development budget; budget',
		fr: 'transferts de l’État; transferts financiers; dotations; dotation; budget de développement; budget',
		es: 'transferencias intergubernamentales; transferencias del gobierno central; asignación presupuestaria; presupuesto',
		pt: 'transferências intergovernamentais; repasses; transferências da união; orçamento',
		ar: 'التحويلات الحكومية; تحويلات الحكومة المركزية; المخصصات; الميزانية; الموازنة',
		zh: '转移支付; 财政拨款; 预算拨款; 预算'
	}),
	concept('capital-investment', [FI, 'urban-planning'], {
		en: 'capital investment; capital projects; infrastructure investment; investment; investments; infrastructure financing; financing; finance; raise money; funding',
		fr: 'investissement; investissements; projets d’investissement; financement des infrastructures; financement; financer; mobiliser des fonds',
		es: 'inversión; inversiones; proyectos de inversión; financiamiento de infraestructura; financiación; financiar; recursos',
		pt: 'investimento; investimentos; projetos de investimento; financiamento de infraestrutura; financiamento; financiar; recursos',
		ar: 'الاستثمار; الاستثمارات; المشاريع الاستثمارية; تمويل البنية التحتية; التمويل; تمويل',
		zh: '投资; 基础设施投资; 融资; 资金; 筹资'
	}),
	concept('ppp', [FI], {
		en: 'public-private partnership; public-private partnerships; PPP; concession; private sector participation; private investors; leasing',
		fr: 'partenariat public-privé; partenariats public-privé; PPP; concession; délégation de service public; affermage; crédit-bail',
		es: 'asociación público-privada; alianza público-privada; APP; concesión; participación privada; arrendamiento',
		pt: 'parceria público-privada; PPP; concessão; participação privada; arrendamento; leasing',
		ar: 'الشراكة بين القطاعين العام والخاص; الامتياز; التأجير التمويلي',
		zh: '政府和社会资本合作; 公私合营; 特许经营; 融资租赁'
	}),
	concept('land-value-capture', [FI, 'urban-planning'], {
		en: 'land value capture; value capture; betterment levy; betterment; land value; development rights; sale of development rights; increase in land value',
		fr: 'captation de la plus-value foncière; plus-value foncière; contribution d’amélioration; droits à construire; valeur foncière',
		es: 'captura de plusvalías; plusvalía; contribución de valorización; valorización; derechos de edificabilidad; valor del suelo',
		pt: 'captura de mais-valia; mais-valia fundiária; contribuição de melhoria; outorga onerosa; direitos de construir; valor da terra',
		ar: 'استرداد القيمة العقارية; فائض قيمة الأراضي; حقوق التطوير; قيمة الأرض',
		zh: '土地增值; 土地价值捕获; 开发权; 地价'
	}),
	concept('savings-groups', [FI, 'gender-equality'], {
		en: 'savings group; savings groups; village savings and loan; savings and credit; tontine; rotating savings; microfinance; microcredit',
		fr: 'groupe d’épargne; groupes d’épargne; épargne et crédit; tontine; tontines; microfinance; microcrédit; épargne',
		es: 'grupo de ahorro; grupos de ahorro; ahorro y crédito; bancos comunales; microfinanzas; microcrédito',
		pt: 'grupo de poupança; grupos de poupança; poupança e crédito; microfinanças; microcrédito; poupança; fundo rotativo solidário',
		ar: 'مجموعات الادخار; الادخار والإقراض; جمعيات الادخار; التمويل الأصغر; القروض الصغيرة; الادخار',
		zh: '储蓄小组; 储蓄互助; 小额信贷; 小额贷款; 储蓄'
	}),
	concept('remittances', [FI, LED], {
		en: 'remittances; diaspora; migrants; migrant associations; hometown associations',
		fr: 'transferts de fonds; diaspora; migrants; associations de migrants; cofinancement',
		es: 'remesas; diáspora; migrantes; clubes de migrantes; cofinanciamiento',
		pt: 'remessas; diáspora; migrantes; associações de migrantes; cofinanciamento',
		ar: 'التحويلات المالية; المغتربين; الجاليات; المهاجرين; التمويل المشترك',
		zh: '侨汇; 汇款; 侨民; 移民; 联合出资'
	}),
	concept('insurance', [FI, 'social-protection'], {
		en: 'insurance; weather insurance; crop insurance; risk transfer; premiums; payouts',
		fr: 'assurance; assurance indicielle; assurance récolte; transfert de risque; primes; indemnisation',
		es: 'seguro; seguros; seguro indexado; seguro agrícola; transferencia de riesgo; primas; indemnizaciones',
		pt: 'seguro; seguros; seguro paramétrico; seguro agrícola; transferência de risco; prêmios; indenizações',
		ar: 'التأمين; التأمين القائم على المؤشرات; التأمين الزراعي; نقل المخاطر; الأقساط; التعويضات',
		zh: '保险; 指数保险; 农业保险; 天气指数保险; 保费; 赔付'
	}),
	concept('subsidy', [FI, 'social-protection'], {
		en: 'subsidy; subsidies; subsidised; discount; voucher; vouchers; rebate; grants to households',
		fr: 'subvention; subventions; subventionné; réduction; bons; rabais',
		es: 'subsidio; subsidios; subvencionado; descuento; vale; vales; bono',
		pt: 'subsídio; subsídios; subsidiado; desconto; vale; vales; voucher',
		ar: 'الدعم المالي; الدعم; مدعوم; خصم; قسائم',
		zh: '补贴; 补助; 优惠; 代金券; 消费券'
	}),
	concept('climate-finance', [FI, 'climate-adaptation'], {
		en: 'climate finance; green finance; carbon credits; carbon finance; climate fund',
		fr: 'finance climat; finance verte; crédits carbone; fonds climat',
		es: 'finanzas climáticas; financiamiento climático; finanzas verdes; créditos de carbono',
		pt: 'finanças climáticas; financiamento climático; finanças verdes; créditos de carbono',
		ar: 'التمويل المناخي; التمويل الأخضر; أرصدة الكربون',
		zh: '气候融资; 绿色金融; 碳信用; 碳金融'
	}),
	concept('cost-recovery', [FI], {
		en: 'cost recovery; user charges; tariffs; tariff; willingness to pay; collection rates; arrears',
		fr: 'recouvrement des coûts; redevances; tarifs; tarification; taux de recouvrement; impayés; arriérés',
		es: 'recuperación de costos; tarifas; cobro; tasa de cobro; morosidad; impagos; deudas atrasadas',
		pt: 'recuperação de custos; tarifas; cobrança; inadimplência; taxa de cobrança; atrasados',
		ar: 'استرداد التكاليف; التعريفات; الرسوم; نسبة التحصيل; المتأخرات',
		zh: '成本回收; 收费标准; 收缴率; 欠费; 拖欠'
	}),
	concept('public-financial-management', [FI, 'digital-government'], {
		en: 'public financial management; budgeting; accounting; financial management; expenditure; spending; budget execution',
		fr: 'gestion des finances publiques; budgétisation; comptabilité; gestion financière; dépenses; exécution budgétaire',
		es: 'gestión de las finanzas públicas; presupuestación; contabilidad; gestión financiera; gasto; ejecución presupuestaria',
		pt: 'gestão das finanças públicas; orçamentação; contabilidade; gestão financeira; despesas; execução orçamentária',
		ar: 'إدارة المالية العامة; إعداد الميزانية; المحاسبة; الإدارة المالية; النفقات; تنفيذ الميزانية',
		zh: '公共财政管理; 预算编制; 会计; 财务管理; 支出; 预算执行'
	}),
	concept('guarantee-blended', [FI], {
		en: 'guarantee; guarantees; credit guarantee; blended finance; results-based financing; output-based aid; crowdfunding; impact investment',
		fr: 'garantie; garanties; fonds de garantie; financement mixte; financement basé sur les résultats; financement participatif',
		es: 'garantía; garantías; fondo de garantía; financiamiento combinado; financiamiento basado en resultados; financiamiento colectivo',
		pt: 'garantia; garantias; fundo garantidor; financiamento misto; financiamento baseado em resultados; financiamento coletivo',
		ar: 'الضمانات; صندوق الضمان; التمويل المختلط; التمويل القائم على النتائج; التمويل الجماعي',
		zh: '担保; 信用担保; 混合融资; 基于结果的融资; 众筹; 影响力投资'
	})
];
