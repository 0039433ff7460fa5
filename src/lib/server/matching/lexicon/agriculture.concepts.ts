import { concept } from './concept.ts';

const AF = 'agriculture-food-systems' as const;
const VC = 'agri-value-chains' as const;

/** Farming, food security and nutrition, urban agriculture. */
export const AGRICULTURE_FOOD_SYSTEMS = [
	concept('farmers', [AF], {
		en: 'farmer; farmers; smallholder; smallholders; small-scale farmers; family farming; family farmers; peasant; growers',
		fr: 'agriculteur; agriculteurs; paysan; paysans; petits producteurs; exploitants; agriculture familiale; producteurs',
		es: 'agricultor; agricultores; campesino; campesinos; pequeños productores; productores; agricultura familiar; familias campesinas',
		pt: 'agricultor; agricultores; camponês; camponeses; pequenos produtores; produtores; agricultura familiar; agricultores familiares',
		ar: 'المزارعين; مزارعين; المزارعون; الفلاحين; صغار المزارعين; المنتجين; الزراعة العائلية',
		zh: '农民; 农户; 小农; 种植户; 家庭农场'
	}),
	concept('agriculture', [AF], {
		en: 'agriculture; agricultural; farming; farm; farms; farmland; crops; crop; cultivation; harvest; harvests; yields; yield',
		fr: 'agriculture; agricole; agricoles; exploitation agricole; cultures; culture; récolte; récoltes; rendements',
		es: 'agricultura; agrícola; agrícolas; cultivos; cultivo; finca; fincas; cosecha; cosechas; rendimientos; siembra',
		pt: 'agricultura; agrícola; agrícolas; lavoura; lavouras; cultivo; cultivos; colheita; colheitas; =produtividade; plantio',
		ar: 'الزراعة; زراعية; الزراعية; المحاصيل; محاصيل; الحصاد; المزارع; الغلة',
		zh: '农业; 农田; 种植; 作物; 农作物; 收成; 产量'
	}),
	concept('irrigation', [AF, 'water-sanitation'], {
		en: 'irrigation; irrigate; irrigated; drip irrigation; irrigation kit; watering; canal irrigation; pumps for irrigation',
		fr: 'irrigation; irriguer; irrigué; goutte-à-goutte; arrosage; périmètre irrigué',
		es: 'riego; regar; riego por goteo; goteo; sistema de riego; regadío',
		pt: 'irrigação; irrigar; irrigação por gotejamento; gotejamento; rega',
		ar: 'الري; ري; الري بالتنقيط; التنقيط; السقي; أنظمة الري',
		zh: '灌溉; 滴灌; 浇水; 节水灌溉'
	}),
	concept('soil-fertility', [AF, 'climate-adaptation'], {
		en: 'soil fertility; soil; soils; soil erosion; degraded land; land restoration; fertiliser; fertilizer; manure; mulch; conservation agriculture; minimum tillage; agroforestry',
		fr: 'fertilité des sols; sol; sols; érosion des sols; terres dégradées; restauration des terres; engrais; fumier; paillage; agriculture de conservation; zaï; demi-lunes; agroforesterie',
		es: 'fertilidad del suelo; suelo; suelos; erosión del suelo; tierras degradadas; fertilizante; abono; estiércol; cobertura vegetal; agricultura de conservación; labranza mínima; agroforestería',
		pt: 'fertilidade do solo; solo; solos; erosão do solo; terras degradadas; fertilizante; adubo; esterco; cobertura morta; plantio direto; agrofloresta',
		ar: 'خصوبة التربة; التربة; تآكل التربة; الأراضي المتدهورة; الأسمدة; السماد; السماد الطبيعي; الزراعة الحافظة',
		zh: '土壤肥力; 土壤; 水土流失; 退化土地; 化肥; 肥料; 粪肥; 保护性耕作; 农林复合'
	}),
	concept('pests', [AF], {
		en: 'pest; pests; pest management; integrated pest management; pesticide; pesticides; insecticide; armyworm; stemborer; crop disease',
		fr: 'ravageur; ravageurs; lutte intégrée; pesticides; insecticides; chenille légionnaire; maladies des cultures',
		es: 'plaga; plagas; manejo integrado de plagas; plaguicidas; pesticidas; insecticidas; gusano cogollero',
		pt: 'praga; pragas; manejo integrado de pragas; agrotóxicos; pesticidas; inseticidas; lagarta-do-cartucho',
		ar: 'الآفات; آفات; المبيدات; مبيدات الآفات; المكافحة المتكاملة للآفات',
		zh: '病虫害; 害虫; 农药; 杀虫剂; 虫害; 草地贪夜蛾'
	}),
	concept('seeds', [AF], {
		en: 'seed; seeds; improved varieties; seedlings; seed bank; planting material',
		fr: 'semences; semence; variétés améliorées; plants; banque de semences',
		es: 'semilla; semillas; variedades mejoradas; plántulas; banco de semillas',
		pt: 'semente; sementes; variedades melhoradas; mudas; banco de sementes',
		ar: 'البذور; بذور; الأصناف المحسنة; الشتلات; بنك البذور',
		zh: '种子; 良种; 秧苗; 种子库'
	}),
	concept('livestock', [AF, VC], {
		en: 'livestock; cattle; cows; goats; sheep; poultry; chickens; herders; pastoralists; animal husbandry; veterinary',
		fr: 'bétail; élevage; bovins; chèvres; moutons; volaille; poulets; éleveurs; pasteurs; vétérinaire',
		es: 'ganado; ganadería; vacas; cabras; ovejas; aves de corral; gallinas; pastores; ganaderos; veterinario',
		pt: 'gado; pecuária; vacas; cabras; ovelhas; aves; galinhas; criadores; pastores; veterinário',
		ar: 'الماشية; المواشي; الأبقار; الماعز; الأغنام; الدواجن; مربي الماشية; الرعاة; البيطري',
		zh: '牲畜; 畜牧; 养殖; 牛; 羊; 家禽; 牧民; 兽医'
	}),
	concept('agricultural-extension', [AF, 'education-skills'], {
		en: 'extension; extension services; extension workers; farmer field school; farmer field schools; demonstration plots; agronomists; lead farmers',
		fr: 'vulgarisation agricole; conseil agricole; champs-écoles; champ-école paysan; parcelles de démonstration; agronomes; conseillers agricoles',
		es: 'extensión agrícola; extensionistas; escuelas de campo; parcelas demostrativas; asistencia técnica agrícola; agrónomos',
		pt: 'extensão rural; assistência técnica rural; extensionistas; escolas de campo; unidades demonstrativas; agrônomos',
		ar: 'الإرشاد الزراعي; المرشدين الزراعيين; المدارس الحقلية; الحقول الإرشادية',
		zh: '农技推广; 农业推广; 农民田间学校; 示范田; 农技人员'
	}),
	concept('urban-agriculture', [AF, 'urban-planning'], {
		en: 'urban agriculture; urban farming; urban farmers; community garden; community gardens; vegetable gardens; allotments; rooftop gardens; vacant plots; vacant land; market gardens',
		fr: 'agriculture urbaine; maraîchage urbain; jardins communautaires; jardins potagers; potagers; parcelles vacantes; terrains vacants; maraîchers',
		es: 'agricultura urbana; huertas urbanas; huertos urbanos; huertas comunitarias; huertos; terrenos baldíos; terrenos vacantes; organopónicos',
		pt: 'agricultura urbana; hortas urbanas; hortas comunitárias; hortas; terrenos baldios; terrenos vazios; quintais produtivos',
		ar: 'الزراعة الحضرية; الحدائق المجتمعية; حدائق الخضروات; الأراضي الشاغرة; الزراعة على الأسطح',
		zh: '都市农业; 城市农业; 社区菜园; 菜园; 空地; 屋顶农场'
	}),
	concept('vegetables-fruit', [AF, VC], {
		en: 'vegetables; vegetable; fruit; fruits; horticulture; tomatoes; onions; leafy greens',
		fr: 'légumes; fruits; maraîchage; horticulture; tomates; oignons; produits maraîchers',
		es: 'hortalizas; verduras; frutas; fruta; horticultura; tomates; cebollas; legumbres',
		pt: 'hortaliças; verduras; legumes; frutas; horticultura; tomates; cebolas',
		ar: 'الخضروات; الخضر; الفواكه; الخضار; البستنة; الطماطم; البصل',
		zh: '蔬菜; 水果; 果蔬; 园艺; 西红柿; 洋葱'
	}),
	concept('staple-crops', [AF, VC], {
		en: 'maize; corn; rice; wheat; sorghum; millet; beans; cassava; potato; potatoes; grain; grains; cereals',
		fr: 'riz; blé; sorgho; mil; haricots; manioc; pomme de terre; céréales; grains',
		es: 'maíz; arroz; trigo; sorgo; mijo; frijoles; yuca; papa; papas; granos; cereales',
		pt: '=milho; arroz; trigo; sorgo; feijão; mandioca; batata; grãos; cereais',
		ar: 'الذرة; الأرز; القمح; الذرة الرفيعة; الدخن; الفول; الكسافا; البطاطس; الحبوب',
		zh: '玉米; 水稻; 大米; 小麦; 高粱; 小米; 豆类; 木薯; 土豆; 粮食; 谷物'
	}),
	concept('food-security', [AF, 'social-protection'], {
		en: 'food security; food insecurity; hunger; malnutrition; undernutrition; nutrition; stunting; healthy diet; food access',
		fr: 'sécurité alimentaire; insécurité alimentaire; faim; malnutrition; nutrition; retard de croissance; alimentation saine',
		es: 'seguridad alimentaria; inseguridad alimentaria; hambre; desnutrición; malnutrición; nutrición; alimentación saludable',
		pt: 'segurança alimentar; insegurança alimentar; fome; desnutrição; nutrição; alimentação saudável',
		ar: 'الأمن الغذائي; انعدام الأمن الغذائي; الجوع; سوء التغذية; التغذية; التقزم',
		zh: '粮食安全; 饥饿; 营养不良; 营养; 发育迟缓; 健康饮食'
	}),
	concept('school-feeding', [AF, 'education-skills', 'social-protection'], {
		en: 'school feeding; school meals; school meal; school lunch; school breakfast; school canteen; school food',
		fr: 'alimentation scolaire; cantine scolaire; cantines scolaires; repas scolaires; restauration scolaire',
		es: 'alimentación escolar; comedor escolar; comedores escolares; almuerzo escolar; desayuno escolar; merienda escolar',
		pt: 'alimentação escolar; merenda escolar; merenda; refeições escolares; cantina escolar',
		ar: 'التغذية المدرسية; الوجبات المدرسية; المطاعم المدرسية; المقصف المدرسي',
		zh: '学校供餐; 学生营养餐; 校餐; 学校食堂; 营养午餐'
	}),
	concept('institutional-procurement', [AF, 'local-economic-development'], {
		en: 'public procurement of food; institutional purchases; institutional markets; buy from family farmers; purchase from local farmers; food procurement',
		fr: 'achats institutionnels; achats publics alimentaires; achat local; approvisionnement local',
		es: 'compras públicas de alimentos; compras institucionales; compra directa; compras a la agricultura familiar; compra local',
		pt: 'compras públicas de alimentos; compras institucionais; aquisição de alimentos; compras da agricultura familiar; chamada pública',
		ar: 'المشتريات العامة للأغذية; الشراء المؤسسي; الشراء من المزارعين المحليين',
		zh: '政府采购农产品; 机构采购; 本地采购'
	}),
	concept('food-loss-waste', [AF, 'waste-management'], {
		en: 'food loss; food waste; food bank; food banks; surplus food; unsold food; food recovery; food redistribution',
		fr: 'pertes alimentaires; gaspillage alimentaire; banque alimentaire; invendus; surplus alimentaires',
		es: 'pérdida de alimentos; desperdicio de alimentos; banco de alimentos; bancos de alimentos; excedentes; recuperación de alimentos',
		pt: 'perda de alimentos; desperdício de alimentos; banco de alimentos; bancos de alimentos; excedentes',
		ar: 'فقد الأغذية; هدر الطعام; بنك الطعام; بنوك الطعام; فائض الطعام',
		zh: '粮食损失; 食物浪费; 食物银行; 剩余食品'
	}),
	concept('food-markets', [AF, VC, 'local-economic-development'], {
		en: 'farmers market; farmers markets; fresh produce market; wholesale market; food market; street markets; fairs',
		fr: 'marché paysan; marchés paysans; marché de gros; marché vivrier; foires',
		es: 'feria; ferias; ferias agroecológicas; mercado mayorista; mercado de abastos; mercados campesinos',
		pt: 'feira; feiras; feiras livres; central de abastecimento; mercado atacadista; mercado de produtores',
		ar: 'أسواق المزارعين; سوق الجملة; أسواق الخضار',
		zh: '农贸市场; 批发市场; 菜市场; 集市'
	}),
	concept('agroecology', [AF, 'ecosystems-biodiversity'], {
		en: 'agroecology; agroecological; organic farming; organic agriculture; push-pull; biological control; intercropping',
		fr: 'agroécologie; agroécologique; agriculture biologique; lutte biologique; cultures associées',
		es: 'agroecología; agroecológico; agricultura orgánica; control biológico; cultivos asociados',
		pt: 'agroecologia; agroecológico; agricultura orgânica; controle biológico; consórcio de culturas',
		ar: 'الزراعة الإيكولوجية; الزراعة العضوية; المكافحة البيولوجية',
		zh: '生态农业; 有机农业; 生物防治; 间作'
	}),
	concept('land-access', [AF, 'housing-informal-settlements'], {
		en: 'land access; access to land; landless; land rights; land use rights; plots; plot; land allocation',
		fr: 'accès à la terre; accès au foncier; droits fonciers; parcelles; lopins',
		es: 'acceso a la tierra; derechos sobre la tierra; parcelas; lotes; predios',
		pt: 'acesso à terra; direitos fundiários; lotes; terrenos; glebas',
		ar: 'الحصول على الأرض; حقوق الأرض; الأراضي; قطع الأراضي',
		zh: '土地使用权; 土地权利; 地块; 无地'
	}),
	concept('aquaculture', [AF, 'agri-value-chains'], {
		en: 'aquaculture; fish farming; fish ponds; fish farmers; tilapia; fingerlings',
		fr: 'aquaculture; pisciculture; étangs piscicoles; pisciculteurs; tilapia; alevins',
		es: 'acuicultura; piscicultura; estanques piscícolas; piscicultores; tilapia; alevines',
		pt: 'aquicultura; piscicultura; tanques de peixe; piscicultores; tilápia; alevinos',
		ar: 'الاستزراع السمكي; تربية الأسماك; المزارع السمكية; أحواض الأسماك; البلطي',
		zh: '水产养殖; 养鱼; 鱼塘; 罗非鱼; 鱼苗'
	}),
	concept('mechanisation', [AF], {
		en: 'mechanisation; mechanization; tractor; tractors; machinery hire; custom hiring; threshers; planters',
		fr: 'mécanisation; tracteur; tracteurs; location de matériel agricole; batteuses; semoirs',
		es: 'mecanización; tractor; tractores; alquiler de maquinaria; trilladoras; sembradoras',
		pt: 'mecanização; trator; tratores; aluguel de máquinas agrícolas; trilhadeiras; plantadeiras',
		ar: 'المكننة الزراعية; الجرارات; جرار; تأجير الآلات الزراعية; الحصادات',
		zh: '农机; 农业机械化; 拖拉机; 农机租赁; 播种机'
	}),
	concept('greenhouse-hydroponics', [AF], {
		en: 'greenhouse; greenhouses; hydroponics; hydroponic; shade nets; protected cultivation; vertical farming',
		fr: 'serre; serres; hydroponie; hydroponique; culture sous abri; agriculture verticale',
		es: 'invernadero; invernaderos; hidroponía; hidropónico; casa malla; agricultura vertical',
		pt: 'estufa; estufas; hidroponia; hidropônico; cultivo protegido; agricultura vertical',
		ar: 'البيوت المحمية; البيوت البلاستيكية; الزراعة المائية; الزراعة العمودية',
		zh: '温室; 大棚; 水培; 无土栽培; 垂直农业'
	})
];

/** From harvest to market: storage, processing, quality, organisation of producers. */
export const AGRI_VALUE_CHAINS = [
	concept('value-chain', [VC], {
		en: 'value chain; value chains; value addition; add value; market access; buyers; offtakers; supply chain',
		fr: 'chaîne de valeur; chaînes de valeur; filière; filières; valeur ajoutée; accès au marché; acheteurs',
		es: 'cadena de valor; cadenas de valor; valor agregado; agregar valor; acceso a mercados; compradores; cadena productiva',
		pt: 'cadeia de valor; cadeias de valor; cadeia produtiva; valor agregado; agregar valor; acesso a mercados; compradores',
		ar: 'سلسلة القيمة; سلاسل القيمة; القيمة المضافة; الوصول إلى الأسواق; المشترين',
		zh: '价值链; 产业链; 附加值; 增值; 市场准入; 采购商'
	}),
	concept('agro-processing', [VC, 'local-economic-development'], {
		en: 'processing; agro-processing; food processing; processing unit; processing centre; processors; mills; flour; drying; dried; packaging',
		fr: 'transformation; agro-transformation; unité de transformation; transformatrices; transformateurs; farine; séchage; séché; emballage; conditionnement',
		es: 'procesamiento; transformación; agroindustria; planta procesadora; procesadores; harina; secado; deshidratado; empaque; envasado',
		pt: 'processamento; beneficiamento; agroindústria; unidade de processamento; processadoras; farinha; secagem; embalagem',
		ar: 'التصنيع الغذائي; التحويل; وحدة تصنيع; التجهيز; الدقيق; التجفيف; التعبئة; التغليف',
		zh: '加工; 农产品加工; 加工厂; 面粉; 干燥; 烘干; 包装'
	}),
	concept('post-harvest-loss', [VC, AF], {
		en: 'post-harvest loss; post-harvest losses; spoilage; spoil; rot; rotting; perishable; shelf life; losses after harvest; mouldy; aflatoxin',
		fr: 'pertes post-récolte; pertes après récolte; pourriture; pourrit; périssable; denrées périssables; durée de conservation; moisissures; aflatoxines',
		es: 'pérdidas poscosecha; pérdidas postcosecha; pudrición; perecederos; vida útil; moho; aflatoxinas',
		pt: 'perdas pós-colheita; apodrecimento; apodrece; perecíveis; vida útil; mofo; aflatoxinas',
		ar: 'خسائر ما بعد الحصاد; التلف; تعفن; سريعة التلف; مدة الصلاحية; العفن',
		zh: '产后损失; 采后损失; 腐烂; 变质; 易腐; 保质期; 霉变'
	}),
	concept('storage', [VC], {
		en: 'storage; store; warehouse; warehouses; warehouse receipt; silos; granary; storage facilities; conservation of produce',
		fr: 'stockage; entrepôt; entrepôts; magasin de stockage; récépissé d’entreposage; greniers; conservation',
		es: 'almacenamiento; almacén; bodegas; certificados de depósito; silos; conservación',
		pt: 'armazenagem; armazenamento; armazém; armazéns; recibo de armazém; silos; conservação',
		ar: 'التخزين; المخازن; مستودعات; إيصالات المستودعات; الصوامع; الحفظ',
		zh: '储存; 仓储; 仓库; 仓单; 粮仓; 保鲜'
	}),
	concept('cold-chain', [VC, 'renewable-energy'], {
		en: 'cold chain; cold storage; refrigeration; chilling; cooling centre; milk cooling; ice',
		fr: 'chaîne du froid; chambre froide; chambres froides; réfrigération; refroidissement; glace',
		es: 'cadena de frío; cuarto frío; cuartos fríos; cámara frigorífica; refrigeración; enfriamiento; hielo',
		pt: 'cadeia de frio; câmara fria; câmaras frias; refrigeração; resfriamento; resfriador; gelo',
		ar: 'سلسلة التبريد; غرف التبريد; التبريد; المبردات; الثلج',
		zh: '冷链; 冷库; 冷藏; 制冷; 冷却'
	}),
	concept('dairy', [VC, AF], {
		en: 'milk; dairy; dairy farmers; milk collection; milk collection centre; chilling plant; cheese',
		fr: 'lait; laitier; laitière; filière laitière; centre de collecte de lait; fromage',
		es: 'leche; lechería; lácteos; productores de leche; centro de acopio de leche; queso',
		pt: 'leite; laticínios; produtores de leite; tanque de resfriamento; posto de coleta de leite; queijo',
		ar: 'الحليب; الألبان; منتجي الحليب; مراكز تجميع الحليب; الجبن',
		zh: '牛奶; 奶业; 乳制品; 奶农; 收奶站'
	}),
	concept('fish-processing', [VC, 'ecosystems-biodiversity'], {
		en: 'fish; fish processing; fish smoking; smoked fish; fish drying; dried fish; fishers; fishermen; fisherfolk; fish landing; fishing',
		fr: 'poisson; poissons; transformation du poisson; fumage; poisson fumé; séchage du poisson; pêcheurs; pêche; débarcadère',
		es: 'pescado; pescados; procesamiento de pescado; ahumado; pescado seco; pescadores; pesca; desembarcadero',
		pt: 'peixe; peixes; processamento de pescado; defumação; peixe seco; pescadores; pesca; desembarque',
		ar: 'الأسماك; السمك; تدخين الأسماك; تجفيف الأسماك; الصيادين; الصيد; مراسي الصيد',
		zh: '鱼; 水产品; 鱼类加工; 熏鱼; 干鱼; 渔民; 捕鱼'
	}),
	concept('cash-crops', [VC], {
		en: 'coffee; cocoa; cashew; shea; shea butter; cotton; tea; sugar cane; soybean; soybeans; groundnuts; sesame',
		fr: 'café; cacao; cajou; noix de cajou; karité; beurre de karité; coton; thé; canne à sucre; soja; arachide; sésame',
		es: 'café; cacao; marañón; anacardo; algodón; caña de azúcar; soya; soja; maní; sésamo',
		pt: 'café; cacau; caju; castanha de caju; algodão; chá; cana-de-açúcar; soja; amendoim; gergelim',
		ar: 'البن; القهوة; الكاكاو; الكاجو; زبدة الشيا; القطن; الشاي; قصب السكر; فول الصويا; الفول السوداني; السمسم',
		zh: '咖啡; 可可; 腰果; 乳木果; 棉花; 茶叶; 甘蔗; 大豆; 花生; 芝麻'
	}),
	concept('quality-certification', [VC, 'sustainable-tourism'], {
		en: 'certification; certified; quality standards; quality control; fair trade; label; traceability; grading',
		fr: 'certification; certifié; normes de qualité; contrôle qualité; commerce équitable; label; traçabilité',
		es: 'certificación; certificado; normas de calidad; control de calidad; comercio justo; sello; trazabilidad',
		pt: 'certificação; certificado; padrões de qualidade; controle de qualidade; comércio justo; selo; rastreabilidade',
		ar: 'الشهادات; شهادة الجودة; معايير الجودة; مراقبة الجودة; التجارة العادلة; التتبع',
		zh: '认证; 质量标准; 质量控制; 公平贸易; 可追溯'
	}),
	concept('producer-organisation', [VC, AF], {
		en: 'producer organisation; producer organization; farmer cooperative; farmers cooperative; farmer groups; aggregation; bulking; collective marketing; outgrower',
		fr: 'organisation de producteurs; organisations paysannes; coopérative agricole; groupements de producteurs; commercialisation groupée',
		es: 'organización de productores; cooperativa agraria; cooperativa agrícola; asociaciones de productores; acopio; comercialización asociativa',
		pt: 'organização de produtores; cooperativa agrícola; associações de produtores; comercialização coletiva',
		ar: 'منظمات المنتجين; التعاونيات الزراعية; تعاونية زراعية; مجموعات المزارعين; التسويق الجماعي',
		zh: '农民专业合作社; 农业合作社; 生产者组织; 订单农业'
	}),
	concept('crop-prices', [VC, AF], {
		en: 'prices; farm-gate price; middlemen; intermediaries; bargaining power',
		fr: 'prix bord champ; intermédiaires',
		es: 'precios; precios bajos; precio en finca; intermediarios; acaparadores',
		pt: 'preços; preços baixos; preço ao produtor; atravessadores; intermediários',
		ar: 'الأسعار; أسعار منخفضة; الوسطاء',
		zh: '低价; 收购价; 中间商; 压价'
	}),
	concept('beekeeping', [VC, 'ecosystems-biodiversity'], {
		en: 'beekeeping; beekeepers; honey; hives; apiculture',
		fr: 'apiculture; apiculteurs; miel; ruches',
		es: 'apicultura; apicultores; miel; colmenas',
		pt: 'apicultura; apicultores; mel; colmeias',
		ar: 'تربية النحل; النحالين; العسل; خلايا النحل',
		zh: '养蜂; 蜂农; 蜂蜜; 蜂箱'
	}),
	concept('market-information', [VC, 'digital-government'], {
		en: 'market information; market prices; price information; commodity exchange; trading platform',
		fr: 'information sur les marchés; prix du marché; système d’information sur les marchés; bourse agricole',
		es: 'información de mercados; precios de mercado; bolsa de productos; plataforma de comercialización',
		pt: 'informação de mercado; preços de mercado; bolsa de mercadorias; plataforma de comercialização',
		ar: 'معلومات السوق; أسعار السوق; بورصة السلع; منصة التسويق',
		zh: '市场信息; 行情; 价格信息; 商品交易所; 交易平台'
	}),
	concept('exports', [VC, 'local-economic-development'], {
		en: 'export; exports; exporters; export markets; international markets',
		fr: 'exportation; exportations; exportateurs; marchés d’exportation; marchés internationaux',
		es: 'exportación; exportaciones; exportadores; mercados de exportación; mercados internacionales',
		pt: 'exportação; exportações; exportadores; mercados de exportação; mercados internacionais',
		ar: 'التصدير; الصادرات; المصدرين; أسواق التصدير; الأسواق الدولية',
		zh: '出口; 出口商; 国际市场'
	})
];
