import { concept } from './concept.ts';

const HS = 'housing-informal-settlements' as const;
const UP = 'urban-planning' as const;

/** Informal settlements, their upgrading, tenure and housing supply. */
export const HOUSING_INFORMAL_SETTLEMENTS = [
	concept('informal-settlement', [HS], {
		en: 'informal settlement; informal settlements; slum; slums; shanty town; shantytown; squatter; squatters; favela; favelas; unplanned settlements; unplanned areas; shacks',
		fr: 'quartier informel; quartiers informels; quartiers précaires; habitat informel; habitat spontané; bidonville; bidonvilles; quartiers spontanés; taudis',
		es: 'asentamiento informal; asentamientos informales; barrio informal; barrios informales; asentamientos precarios; tugurios; villas miseria; invasiones; comunas populares',
		pt: 'assentamento informal; assentamentos informais; assentamentos precários; favela; favelas; musseques; bairros informais; =ocupações',
		ar: 'الأحياء العشوائية; العشوائيات; المناطق العشوائية; الأحياء الفقيرة; مدن الصفيح; السكن غير اللائق; دور الصفيح',
		zh: '非正规住区; 贫民窟; 棚户区; 城中村; 非正式住区'
	}),
	concept('slum-upgrading', [HS, UP], {
		en: 'upgrading; slum upgrading; settlement upgrading; in-situ upgrading; neighbourhood upgrading; basic services in settlements',
		fr: 'restructuration; restructuration des quartiers; amélioration des quartiers; réhabilitation des quartiers précaires; aménagement in situ',
		es: 'mejoramiento de barrios; mejoramiento barrial; mejoramiento integral de barrios; regularización de asentamientos',
		pt: 'urbanização de favelas; urbanização de assentamentos; melhoria de bairros; requalificação urbana; urbanização integrada',
		ar: 'الارتقاء بالأحياء; تأهيل الأحياء العشوائية; إعادة هيكلة الأحياء; تحسين الأحياء',
		zh: '棚户区改造; 贫民窟改造; 城中村改造; 老旧小区改造'
	}),
	concept('housing', [HS], {
		en: 'housing; houses; homes; dwellings; housing units; affordable housing; social housing; low-cost housing; public housing; apartments; condominium',
		fr: 'logement; logements; habitat; maisons; =habitations; logement social; logements sociaux; logement abordable; appartements',
		es: 'vivienda; viviendas; casas; vivienda social; vivienda de interés social; vivienda asequible; departamentos; apartamentos',
		pt: 'habitação; moradia; moradias; casas; habitação social; habitação de interesse social; moradia popular; apartamentos',
		ar: 'السكن; الإسكان; المساكن; المنازل; السكن الاجتماعي; الإسكان الميسر; الشقق',
		zh: '住房; 住宅; 房屋; 保障性住房; 公租房; 廉租房; 安置房'
	}),
	concept('land-tenure', [HS, UP], {
		en: 'land tenure; tenure security; security of tenure; land titles; land titling; title; titles; =regularisation; =regularization; land rights; collective tenure',
		fr: 'foncier; sécurité foncière; sécurisation foncière; titre foncier; titres fonciers; régularisation foncière; droits fonciers; propriété',
		es: 'tenencia de la tierra; tenencia segura; seguridad de tenencia; titulación; títulos de propiedad; regularización; legalización de predios; propiedad colectiva',
		pt: 'posse da terra; segurança da posse; regularização fundiária; titulação; títulos de propriedade; usucapião; propriedade coletiva',
		ar: 'حيازة الأراضي; أمن الحيازة; تسوية الوضعية العقارية; سندات الملكية; تمليك; الملكية; تسجيل الأراضي',
		zh: '土地权属; 确权; 产权; 土地确权; 不动产权; 集体所有'
	}),
	concept('eviction', [HS], {
		en: 'eviction; evictions; forced eviction; evicted; displacement; displaced; demolition; demolitions; relocation; resettlement; gentrification',
		fr: 'expulsion; expulsions; déguerpissement; déplacement; déplacés; démolition; démolitions; relogement; réinstallation; gentrification',
		es: 'desalojo; desalojos; desalojo forzoso; desplazamiento; desplazados; demolición; demoliciones; reubicación; reasentamiento; gentrificación; expulsión',
		pt: 'despejo; despejos; remoção; remoções; desalojamento; deslocamento; demolição; demolições; reassentamento; realojamento; gentrificação',
		ar: 'الإخلاء القسري; الطرد; التهجير; النزوح; الهدم; إعادة الإسكان; إعادة التوطين; الترحيل',
		zh: '强制拆迁; 拆迁; 驱逐; 搬迁; 安置; 绅士化'
	}),
	concept('enumeration', [HS, 'digital-government'], {
		en: 'enumeration; community enumeration; settlement profiling; household survey; census; headcount; community mapping; counting households',
		fr: 'recensement; dénombrement; profilage des quartiers; enquête ménages; cartographie communautaire; cartographie participative',
		es: 'censo; empadronamiento; levantamiento de información; encuesta de hogares; mapeo comunitario; mapeo participativo; diagnóstico participativo',
		pt: 'recenseamento; censo; cadastramento; levantamento socioeconômico; mapeamento comunitário; mapeamento participativo',
		ar: 'التعداد; الحصر; المسح الأسري; رسم الخرائط المجتمعي; المسح الميداني',
		zh: '普查; 入户调查; 摸底调查; 社区测绘; 参与式测绘'
	}),
	concept('incremental-housing', [HS], {
		en: 'incremental housing; core housing; site and services; sites and services; mutual aid housing',
		fr: 'logement évolutif; auto-construction; autoconstruction; parcelles assainies; trames assainies; habitat évolutif',
		es: 'vivienda progresiva; vivienda incremental; autoconstrucción; ayuda mutua; lotes con servicios; vivienda semilla',
		pt: 'moradia evolutiva; habitação evolutiva; autoconstrução; mutirão; lotes urbanizados; embrião habitacional',
		ar: 'السكن التطوري; قطع أراضي مجهزة; المساعدة المتبادلة',
		zh: '渐进式住房; 自建房; 自助建房; 场地与服务'
	}),
	concept('housing-finance', [HS, 'finance-investment'], {
		en: 'housing finance; mortgage; mortgages; housing loans; housing subsidy; home improvement loans; housing cooperative; housing cooperatives',
		fr: 'financement du logement; prêt immobilier; crédit habitat; prêts au logement; subvention au logement; coopérative d’habitat',
		es: 'financiamiento de vivienda; hipoteca; crédito hipotecario; créditos de vivienda; subsidio de vivienda; cooperativas de vivienda',
		pt: 'financiamento habitacional; hipoteca; crédito imobiliário; crédito habitacional; subsídio habitacional; cooperativas habitacionais',
		ar: 'تمويل السكن; الرهن العقاري; القروض السكنية; دعم السكن; تعاونيات الإسكان',
		zh: '住房金融; 按揭; 住房贷款; 住房补贴; 住房合作社'
	}),
	concept('rental-housing', [HS], {
		en: 'rental housing; tenants; renters; rent; rents; landlords; overcrowding; overcrowded; subdivided',
		fr: 'logement locatif; locataires; loyer; loyers; bailleurs; propriétaires bailleurs; surpeuplement; suroccupation; chambres en location',
		es: 'vivienda de alquiler; inquilinos; arrendatarios; alquiler; arriendo; arrendadores; hacinamiento; inquilinatos',
		pt: 'habitação de aluguel; inquilinos; aluguel; aluguéis; arrendamento; senhorios; superlotação; cômodos de aluguel; cortiços',
		ar: 'السكن الإيجاري; المستأجرين; الإيجار; الإيجارات; الملاك; الاكتظاظ; غرف للإيجار',
		zh: '租赁住房; 租户; 房租; 房东; 过度拥挤; 群租'
	}),
	concept('construction-workers', [HS, 'disaster-risk-reduction'], {
		en: 'masons; mason; builders; informal builders; construction workers; artisans of construction; building materials; construction materials; bricks',
		fr: 'maçons; maçon; tâcherons; ouvriers du bâtiment; matériaux de construction; briques',
		es: 'albañiles; albañil; maestros de obra; obreros de la construcción; materiales de construcción; ladrillos',
		pt: 'pedreiros; pedreiro; mestres de obras; trabalhadores da construção; materiais de construção; tijolos',
		ar: 'البنائين; عمال البناء; مواد البناء; الطوب',
		zh: '泥瓦匠; 建筑工人; 建筑材料; 砖块'
	}),
	concept('inner-city-depopulation', [HS, 'cultural-heritage'], {
		en: 'depopulation; losing residents; residents leaving; population decline; vacancy; return to the centre; inner-city housing',
		fr: 'dépeuplement; perte d’habitants; départ des habitants; vacance; maintien des habitants; habitat en centre ancien',
		es: 'despoblamiento; pérdida de habitantes; vaciamiento; abandono del centro; repoblamiento; permanencia de los habitantes',
		pt: 'esvaziamento; perda de moradores; despovoamento; imóveis vazios; repovoamento; habitação no centro; permanência dos moradores',
		ar: 'هجرة السكان; تراجع عدد السكان; إفراغ المدينة القديمة; بقاء السكان',
		zh: '人口流失; 空心化; 空置; 留住居民'
	}),
	concept('housing-shortage', [HS], {
		en: 'housing shortage; housing deficit; housing backlog; waiting list; homeless families; lack of housing',
		fr: 'déficit de logements; pénurie de logements; crise du logement; liste d’attente; mal-logement',
		es: 'déficit habitacional; déficit de vivienda; escasez de vivienda; lista de espera; falta de vivienda',
		pt: 'déficit habitacional; carência habitacional; fila de espera; crise habitacional',
		ar: 'العجز السكني; نقص المساكن; أزمة السكن; قوائم الانتظار',
		zh: '住房短缺; 住房缺口; 住房困难; 轮候'
	})
];

/** Planning and managing the growth and form of cities. */
export const URBAN_PLANNING = [
	concept('urban-planning', [UP], {
		en: 'urban planning; city planning; planning; master plan; development plan; land-use plan; zoning; spatial plan; urban design',
		fr: 'urbanisme; planification urbaine; schéma directeur; plan directeur; plan d’urbanisme; occupation des sols; zonage; aménagement urbain',
		es: 'planificación urbana; planeamiento urbano; =urbanismo; plan maestro; plan de ordenamiento territorial; zonificación; diseño urbano',
		pt: 'planejamento urbano; =urbanismo; plano diretor; plano de ordenamento; uso do solo; zoneamento; desenho urbano',
		ar: 'التخطيط العمراني; التخطيط الحضري; المخطط التوجيهي; المخطط العام; استعمالات الأراضي; تقسيم المناطق; التصميم الحضري; مخطط عمراني; مخطط التهيئة; تصميم التهيئة',
		zh: '城市规划; 总体规划; 土地利用; 规划; 分区; 城市设计'
	}),
	concept('urban-growth', [UP], {
		en: 'urban growth; urban expansion; urban sprawl; sprawl; peri-urban; periurban; unplanned growth; rapid urbanisation; =urbanization; city extension',
		fr: 'croissance urbaine; extension urbaine; étalement urbain; périurbain; urbanisation rapide; urbanisation; extensions urbaines',
		es: 'crecimiento urbano; expansión urbana; dispersión urbana; periurbano; urbanización; urbanización acelerada',
		pt: 'crescimento urbano; expansão urbana; espraiamento urbano; periurbano; periferia; urbanização acelerada',
		ar: 'النمو العمراني; التوسع العمراني; الزحف العمراني; المناطق شبه الحضرية; التحضر السريع; الأحياء الجديدة',
		zh: '城市扩张; 城市增长; 城市蔓延; 城郊; 城镇化; 新城区'
	}),
	concept('land-readjustment', [UP, 'finance-investment'], {
		en: 'land readjustment; land pooling; land assembly; town planning scheme; plot reconfiguration',
		fr: 'remembrement urbain; remembrement; réajustement foncier; lotissement concerté',
		es: 'reajuste de terrenos; reajuste de tierras; integración inmobiliaria; plan parcial',
		pt: 'reajuste de terrenos; reparcelamento; operação urbana consorciada',
		ar: 'إعادة تقسيم الأراضي; تجميع الأراضي; الضم والفرز',
		zh: '土地整理; 土地重划; 土地整合'
	}),
	concept('public-space', [UP], {
		en: 'public space; public spaces; streets; street; squares; plazas; courtyards; street design; complete streets; placemaking',
		fr: 'espace public; espaces publics; rues; rue; places; cours; aménagement des rues',
		es: 'espacio público; espacios públicos; calles; calle; plazas; patios; espacios abiertos; diseño de calles',
		pt: 'espaço público; espaços públicos; ruas; rua; praças; pátios; espaços abertos; requalificação de ruas',
		ar: 'الفضاء العام; الفضاءات العامة; الأماكن العامة; الشوارع; الساحات; الساحات العامة',
		zh: '公共空间; 街道; 广场; 庭院; 开放空间; 街道设计'
	}),
	concept('roads', [UP, 'urban-transport'], {
		en: 'road; roads; road network; arterial roads; paving; paved; unpaved; access roads; road widening; alleys',
		fr: 'route; routes; voirie; réseau routier; pavage; bitumage; pistes; voies d’accès; élargissement des routes; ruelles',
		es: 'vía; vías; carretera; carreteras; red vial; pavimentación; pavimentado; caminos; vías de acceso; ensanche de vías; callejones',
		pt: 'estrada; estradas; vias; malha viária; pavimentação; asfalto; acessos; alargamento de vias; vielas; becos',
		ar: 'الطرق; الطريق; شبكة الطرق; تعبيد; التعبيد; الطرق المعبدة; الأزقة; توسيع الطرق',
		zh: '道路; 路网; 铺路; 硬化; 巷道; 道路拓宽'
	}),
	concept('neighbourhood-improvement', [UP, HS], {
		en: 'neighbourhood improvement; neighborhood improvement; integrated urban project; urban regeneration; urban renewal; revitalisation; community facilities',
		fr: 'amélioration des quartiers; projet urbain intégré; renouvellement urbain; régénération urbaine; revitalisation; équipements de proximité',
		es: 'mejoramiento barrial; proyecto urbano integral; renovación urbana; regeneración urbana; revitalización; equipamientos comunitarios',
		pt: 'melhoria de bairros; projeto urbano integrado; renovação urbana; regeneração urbana; revitalização; equipamentos comunitários',
		ar: 'تحسين الأحياء; التجديد الحضري; إعادة التأهيل الحضري; المرافق الجماعية',
		zh: '社区改善; 城市更新; 旧城改造; 社区设施'
	}),
	concept('building-regulation', [UP], {
		en: 'building permits; building permit; construction permits; bylaws; regulations; regulation; enforcement; inspectors; illegal construction',
		fr: 'permis de construire; autorisations de construire; règlement; réglementation; arrêtés municipaux; contrôle; constructions illégales',
		es: 'licencias de construcción; permisos de construcción; ordenanzas; reglamento; normativa; fiscalización; construcciones ilegales',
		pt: 'alvará de construção; licenciamento; posturas municipais; =regulamento; regulamentação; fiscalização; construções irregulares',
		ar: 'رخص البناء; رخصة البناء; اللوائح; القرارات البلدية; الأنظمة; المخالفات; البناء غير المرخص',
		zh: '建筑许可; 规划许可; 条例; 法规; 执法; 违章建筑'
	}),
	concept('metropolitan-governance', [UP], {
		en: 'inter-municipal cooperation; intermunicipal; metropolitan; metropolitan area; consortium; joint service delivery; shared services; neighbouring municipalities',
		fr: 'intercommunalité; intercommunal; métropole; aire métropolitaine; syndicat intercommunal; mutualisation des services; communes voisines',
		es: 'mancomunidad; mancomunidades; área metropolitana; metropolitano; consorcio; servicios compartidos; municipios vecinos',
		pt: 'consórcio intermunicipal; consórcios públicos; região metropolitana; metropolitano; gestão compartilhada; municípios vizinhos',
		ar: 'التعاون بين البلديات; المنطقة الحضرية الكبرى; البلديات المجاورة; الخدمات المشتركة',
		zh: '区域协作; 城市群; 都市圈; 联合供给; 跨市合作'
	}),
	concept('density-mixed-use', [UP], {
		en: 'density; densification; compact city; transit-oriented development; infill',
		fr: 'densité; densification; ville compacte; mixité fonctionnelle; développement orienté transport',
		es: 'densidad; densificación; ciudad compacta; usos mixtos; desarrollo orientado al transporte',
		pt: 'densidade; adensamento; cidade compacta; uso misto; desenvolvimento orientado ao transporte',
		ar: 'الكثافة; التكثيف العمراني; المدينة المدمجة; الاستخدام المختلط',
		zh: '密度; 紧凑城市; 混合用地; 公交导向开发'
	}),
	concept('community-facilities', [UP], {
		en: 'community centre; community centers; community hall; sports fields; playgrounds; public facilities; libraries and sports',
		fr: 'centre communautaire; maison de quartier; terrains de sport; aires de jeux; équipements publics',
		es: 'centro comunitario; salón comunal; canchas deportivas; parques infantiles; equipamientos públicos',
		pt: 'centro comunitário; quadras esportivas; parquinhos; equipamentos públicos',
		ar: 'المركز المجتمعي; دار الشباب; الملاعب الرياضية; ملاعب الأطفال; المرافق العامة',
		zh: '社区中心; 活动中心; 运动场; 儿童游乐场; 公共设施'
	}),
	concept('crime-safety', [UP, 'social-protection'], {
		en: 'crime; violence; insecurity; gangs; robbery; theft; police; crime prevention; safety',
		fr: 'criminalité; violence; insécurité; gangs; vols; police; prévention de la délinquance; sécurité',
		es: 'delincuencia; violencia; inseguridad; pandillas; robos; policía; prevención del delito; seguridad ciudadana',
		pt: 'criminalidade; violência; insegurança; gangues; roubos; polícia; prevenção da violência; segurança pública',
		ar: 'الجريمة; العنف; انعدام الأمن; العصابات; السرقة; الشرطة; الوقاية من الجريمة',
		zh: '犯罪; 暴力; 治安; 帮派; 盗窃; 警察; 犯罪预防'
	})
];
