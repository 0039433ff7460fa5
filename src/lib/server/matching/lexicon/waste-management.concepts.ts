import { concept } from './concept.ts';

const W = 'waste-management' as const;

/** Solid waste: collection, sorting, recovery, disposal, and the people who live from it. */
export const WASTE_MANAGEMENT = [
	concept('solid-waste', [W], {
		en: 'waste; solid waste; rubbish; garbage; refuse; trash; household waste; municipal waste',
		fr: 'déchet; déchets solides; ordures; ordures ménagères; immondices; détritus',
		es: 'residuo; residuos sólidos; basura; desecho; desperdicio',
		pt: 'resíduo; resíduos sólidos; lixo; rejeito; detrito',
		ar: 'نفايات; النفايات; قمامة; القمامة; مخلفات; المخلفات; فضلات',
		zh: '垃圾; 废物; 废弃物; 固体废物; 生活垃圾'
	}),
	concept('waste-collection', [W], {
		en: 'waste collection; refuse collection; garbage collection; door-to-door collection; collection service; pre-collection',
		fr: 'collecte des déchets; ramassage des ordures; collecte porte-à-porte; pré-collecte; précollecte; enlèvement des ordures',
		es: 'recolección de residuos; recolección de basura; recogida de basura; recolección puerta a puerta; servicio de aseo',
		pt: 'coleta de lixo; coleta de resíduos; recolha de lixo; recolha de resíduos; coleta porta a porta',
		ar: 'جمع النفايات; جمع القمامة; رفع القمامة; الجمع من الباب إلى الباب',
		zh: '垃圾收集; 垃圾清运; 上门收集; 收运'
	}),
	concept('waste-vehicle', [W], {
		en: 'garbage truck; refuse truck; skip; waste container; dumpster; compactor truck; tricycle cart',
		fr: 'benne; camion benne; bac à ordures; conteneur à déchets; charrette',
		es: 'camión recolector; contenedor de basura; volqueta; carreta',
		pt: 'caminhão de lixo; contentor de lixo; caçamba; carroça',
		ar: 'شاحنة نفايات; حاوية نفايات; حاويات القمامة; عربة',
		zh: '垃圾车; 垃圾箱; 垃圾桶; 清运车'
	}),
	concept('source-separation', [W], {
		en: 'source separation; segregation at source; waste segregation; sorting at source; separate collection; segregated waste; sorted waste',
		fr: 'tri à la source; tri sélectif; collecte sélective; tri des déchets; séparation des déchets',
		es: 'separación en la fuente; separación en origen; recolección selectiva; clasificación de residuos; residuos separados',
		pt: 'separação na fonte; coleta seletiva; triagem; separação de resíduos; lixo separado',
		ar: 'فرز النفايات; الفرز من المصدر; الجمع الانتقائي; فصل النفايات',
		zh: '垃圾分类; 源头分类; 分类收集; 分类投放'
	}),
	concept('recycling', [W], {
		en: 'recycling; recycle; recyclable; recycled material; material recovery; recovery facility; sorting centre',
		fr: 'recyclage; recycler; recyclable; matières recyclables; valorisation des déchets; centre de tri',
		es: 'reciclaje; reciclar; reciclable; material reciclable; aprovechamiento; centro de acopio',
		pt: 'reciclagem; reciclar; reciclável; material reciclável; reaproveitamento; galpão de triagem',
		ar: 'إعادة التدوير; تدوير; مواد قابلة للتدوير; مركز فرز; إعادة تدوير',
		zh: '回收; 再生利用; 资源化; 可回收物; 回收利用; 分拣中心'
	}),
	concept('waste-pickers', [W, 'social-protection'], {
		en: 'waste picker; wastepicker; ragpicker; scavenger; informal recycler; picker; waste collector cooperative; waste picking; reclaimers; informal waste collectors',
		fr: 'récupérateur; récupérateurs de déchets; chiffonnier; trieur de déchets; ramasseur; récupération informelle; collecteurs informels',
		es: 'reciclador; recicladores de oficio; recuperador; pepenador; cartonero; recolector informal; chatarrero; recuperadores urbanos; recolectores de base',
		pt: 'catador; catadores de materiais recicláveis; catadora; reciclador; catação; coletores informais',
		ar: 'جامعي النفايات; نباشين; النباشين; جامعي القمامة; البرباشة; الفرازين',
		zh: '拾荒者; 拾荒; 废品回收人员; 捡垃圾'
	}),
	concept('composting', [W, 'agriculture-food-systems'], {
		en: 'compost; composting; vermicompost; organic fertiliser; organic fertilizer; soil conditioner',
		fr: 'compost; compostage; lombricompostage; engrais organique; fumure organique',
		es: 'compost; compostaje; abono orgánico; lombricompuesto; compostera',
		pt: 'composto; compostagem; adubo orgânico; vermicompostagem',
		ar: 'سماد عضوي; السماد العضوي; التسميد; كومبوست; تحويل إلى سماد',
		zh: '堆肥; 有机肥; 沤肥'
	}),
	concept('organic-waste', [W], {
		en: 'organic waste; food waste; kitchen waste; market waste; biodegradable waste; green waste; vegetable waste; wet waste',
		fr: 'déchets organiques; déchets alimentaires; déchets de marché; déchets biodégradables; déchets verts; épluchures',
		es: 'residuos orgánicos; residuos de mercado; desperdicio de comida; residuos de cocina; residuos biodegradables',
		pt: 'resíduos orgânicos; lixo orgânico; restos de alimentos; resíduos de feira',
		ar: 'النفايات العضوية; نفايات عضوية; بقايا الطعام; مخلفات الأسواق; فضلات الخضر',
		zh: '有机垃圾; 厨余垃圾; 餐厨垃圾; 湿垃圾; 菜市场垃圾'
	}),
	concept('landfill', [W], {
		en: 'landfill; sanitary landfill; engineered landfill; landfill site; landfill gas; leachate',
		fr: 'décharge contrôlée; centre d’enfouissement; enfouissement; centre d’enfouissement technique; lixiviat',
		es: 'relleno sanitario; vertedero controlado; lixiviado',
		pt: 'aterro sanitário; aterro; chorume',
		ar: 'مطمر; المطمر الصحي; مدفن النفايات; المدفن الصحي; الطمر',
		zh: '填埋场; 卫生填埋; 垃圾填埋; 渗滤液'
	}),
	concept('open-dumping', [W], {
		en: 'dumpsite; dump site; illegal dumping; dump; waste heap; uncollected waste; fly-tipping',
		fr: 'décharge sauvage; dépotoir; décharge; dépôts sauvages; tas d’ordures',
		es: 'botadero; basural; vertedero; tiradero; botadero a cielo abierto; basura acumulada',
		pt: 'lixão; vazadouro; despejo irregular; acúmulo de lixo; lixo acumulado',
		ar: 'مكب; مكب النفايات; المكب العشوائي; مطرح; أكوام القمامة; الرمي العشوائي',
		zh: '垃圾场; 露天堆放; 乱扔垃圾; 垃圾堆; 非法倾倒'
	}),
	concept('plastic-waste', [W, 'ecosystems-biodiversity'], {
		en: 'plastic; plastic bag; plastic waste; plastic bottle; single-use plastic; packaging waste',
		fr: 'plastique; sachet plastique; sac plastique; déchets plastiques; bouteille plastique',
		es: 'plástico; bolsa plástica; bolsa de plástico; botella plástica; residuos plásticos',
		pt: 'plástico; sacola plástica; saco plástico; garrafa pet; resíduos plásticos',
		ar: 'بلاستيك; البلاستيك; أكياس بلاستيكية; الأكياس البلاستيكية; قوارير بلاستيكية',
		zh: '塑料; 塑料袋; 塑料垃圾; 塑料瓶'
	}),
	concept('e-waste', [W], {
		en: 'electronic waste; electrical waste; discarded electronics; dismantling',
		fr: 'déchets électroniques; déchets d’équipements électriques; démantèlement',
		es: 'residuos electrónicos; basura electrónica; chatarra electrónica; desmantelamiento',
		pt: 'lixo eletrônico; resíduos eletrônicos; resíduos de equipamentos eletroeletrônicos',
		ar: 'النفايات الإلكترونية; نفايات إلكترونية; الخردة الإلكترونية',
		zh: '电子垃圾; 电子废物; 废旧电器; 拆解'
	}),
	concept('construction-debris', [W], {
		en: 'construction waste; demolition waste; construction and demolition; rubble; debris',
		fr: 'déchets de construction; gravats; déchets de démolition; déblais',
		es: 'residuos de construcción; escombros; residuos de demolición; cascajo',
		pt: 'resíduos da construção; entulho; resíduos de demolição',
		ar: 'مخلفات البناء; مخلفات الهدم; الردم; الأنقاض',
		zh: '建筑垃圾; 拆除垃圾; 渣土; 建筑废弃物'
	}),
	concept('healthcare-waste', [W, 'public-health'], {
		en: 'healthcare waste; medical waste; hospital waste; clinical waste; sharps; infectious waste; autoclave; incinerator',
		fr: 'déchets médicaux; déchets biomédicaux; déchets hospitaliers; déchets de soins; incinérateur',
		es: 'residuos hospitalarios; residuos biomédicos; desechos hospitalarios; residuos peligrosos; incinerador',
		pt: 'resíduos de serviços de saúde; lixo hospitalar; resíduos hospitalares; incinerador',
		ar: 'النفايات الطبية; نفايات المستشفيات; النفايات الخطرة; محرقة',
		zh: '医疗废物; 医疗垃圾; 医院废弃物; 焚烧炉'
	}),
	concept('waste-to-energy', [W, 'renewable-energy'], {
		en: 'waste-to-energy; energy from waste; landfill gas; incineration; methane capture',
		fr: 'valorisation énergétique; énergie à partir des déchets; biogaz de décharge; incinération',
		es: 'valorización energética; energía a partir de residuos; gas de relleno; incineración',
		pt: 'aproveitamento energético; energia do lixo; biogás de aterro; incineração',
		ar: 'تحويل النفايات إلى طاقة; الطاقة من النفايات; غاز المطامر; الحرق',
		zh: '垃圾发电; 垃圾焚烧; 填埋气; 沼气回收'
	}),
	concept('waste-fee', [W, 'finance-investment'], {
		en: 'collection fee; waste fee; waste charge; refuse levy; sanitation fee; user fee',
		fr: 'redevance d’enlèvement; taxe d’enlèvement des ordures; redevance; abonnement collecte',
		es: 'tasa de aseo; tasa de basura; cobro del servicio de aseo; tarifa de recolección',
		pt: 'taxa de lixo; taxa de coleta; tarifa de resíduos',
		ar: 'رسوم جمع النفايات; رسوم النظافة; رسم النظافة',
		zh: '垃圾费; 垃圾处理费; 清运费'
	}),
	concept('street-cleaning', [W, 'urban-planning'], {
		en: 'street cleaning; street sweeping; sweeper; clean-up campaign; cleanliness; litter; littering; clean streets',
		fr: 'balayage des rues; nettoyage des rues; salubrité; propreté; journée de salubrité; opération de nettoyage',
		es: 'barrido de calles; limpieza de calles; limpieza urbana; jornada de limpieza; aseo urbano',
		pt: 'varrição; limpeza urbana; limpeza das ruas; mutirão de limpeza',
		ar: 'تنظيف الشوارع; النظافة; حملة نظافة; كنس الشوارع; نظافة المدينة',
		zh: '街道清扫; 环卫; 清洁; 市容; 保洁'
	}),
	concept('circular-economy', [W, 'local-economic-development'], {
		en: 'circular economy; reuse; repair; upcycling; waste reduction',
		fr: 'économie circulaire; réemploi; réutilisation; réparation; zéro déchet; réduction des déchets',
		es: 'economía circular; reutilización; reúso; basura cero; reducción de residuos',
		pt: 'economia circular; reutilização; reuso; redução de resíduos',
		ar: 'الاقتصاد الدائري; إعادة الاستخدام; تقليل النفايات',
		zh: '循环经济; 再利用; 减量化; 零废弃'
	}),
	concept('recyclables-buyback', [W, 'local-economic-development'], {
		en: 'scrap dealer; scrap; waste bank; deposit-refund; recyclables market; junk shop',
		fr: 'rachat des déchets; ferrailleur; ferraille; consigne; banque de déchets',
		es: 'compra de reciclables; chatarra; chatarrería; depósito de reciclables; banco de residuos',
		pt: 'sucata; ferro-velho; compra de recicláveis; depósito de recicláveis; banco de resíduos',
		ar: 'الخردة; تجار الخردة; شراء المواد القابلة للتدوير',
		zh: '废品收购; 废品站; 废品; 押金返还'
	}),
	concept('transfer-station', [W], {
		en: 'transfer station; communal container; waste depot',
		fr: 'centre de transfert; point de regroupement; dépôt de transit; point de collecte',
		es: 'estación de transferencia; punto limpio; punto de acopio',
		pt: 'estação de transbordo; ponto de entrega voluntária; ecoponto',
		ar: 'محطة تحويل; محطة الترحيل; نقطة تجميع',
		zh: '转运站; 垃圾中转站; 收集点'
	}),
	concept('hazardous-waste', [W, 'public-health'], {
		en: 'hazardous waste; toxic waste; chemical waste; mercury; asbestos; contaminated sites; waste oil; lead poisoning; lead contamination',
		fr: 'déchets dangereux; déchets toxiques; déchets chimiques; huiles usagées; plomb; mercure; amiante; sites contaminés',
		es: 'residuos peligrosos; residuos tóxicos; residuos químicos; aceites usados; plomo; mercurio; asbesto; sitios contaminados',
		pt: 'resíduos perigosos; resíduos tóxicos; resíduos químicos; óleo usado; chumbo; mercúrio; amianto; áreas contaminadas',
		ar: 'النفايات الخطرة; النفايات السامة; النفايات الكيميائية; الزيوت المستعملة; الرصاص; الزئبق; الأسبستوس',
		zh: '危险废物; 有毒废物; 化学废物; 废机油; 铅; 汞; 石棉; 污染场地'
	})
];
