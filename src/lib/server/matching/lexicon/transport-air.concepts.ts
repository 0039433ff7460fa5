import { concept } from './concept.ts';

const T = 'urban-transport' as const;
const AQ = 'air-quality' as const;

/** Moving people in cities: public transport, informal transport, walking, cycling, safety. */
export const URBAN_TRANSPORT = [
	concept('public-transport', [T], {
		en: 'public transport; public transportation; mass transit; transit; commuters; passengers; mobility',
		fr: 'transport public; transports en commun; transport collectif; usagers; voyageurs; passagers; mobilité; déplacements',
		es: 'transporte público; transporte colectivo; transporte masivo; pasajeros; usuarios del transporte; movilidad; desplazamientos',
		pt: 'transporte público; transporte coletivo; passageiros; mobilidade; deslocamentos',
		ar: 'النقل العام; النقل العمومي; وسائل النقل; الركاب; التنقل; النقل الجماعي',
		zh: '公共交通; 公交; 出行; 乘客; 交通出行'
	}),
	concept('bus', [T], {
		en: 'bus; buses; bus service; bus fleet; bus route',
		fr: 'bus; autobus; ligne de bus; réseau de bus; flotte de bus',
		es: 'autobús; autobuses; bus; buses; ómnibus; línea de buses; colectivo',
		pt: 'ônibus; autocarro; autocarros; linha de ônibus; frota de ônibus',
		ar: 'حافلة; حافلات; الحافلات; باص; خطوط الحافلات',
		zh: '公交车; 公共汽车; 巴士; 公交线路'
	}),
	concept('brt', [T], {
		en: 'bus rapid transit; BRT; dedicated bus lane; busway; trunk corridor; feeder routes',
		fr: 'bus à haut niveau de service; BHNS; BRT; couloir de bus; site propre',
		es: 'bus de tránsito rápido; BRT; carril exclusivo; carril bus; corredor troncal; rutas alimentadoras; metrobús',
		pt: 'BRT; corredor de ônibus; faixa exclusiva; via exclusiva; linhas alimentadoras',
		ar: 'الحافلات سريعة التردد; مسار مخصص للحافلات; الحافلات السريعة',
		zh: '快速公交; BRT; 公交专用道'
	}),
	concept('paratransit', [T, 'local-economic-development'], {
		en: 'minibus; minibuses; minibus taxi; informal transport; paratransit; shared taxi; collective taxi; private operators; route owners',
		fr: 'minibus; transport artisanal; transport informel; taxi collectif; taxis-brousse; gbaka',
		es: 'microbús; combi; busetas; transporte informal; taxi colectivo; colectivos; transporte semiformal',
		pt: 'micro-ônibus; van; vans; transporte informal; transporte alternativo; candongueiro; chapa; táxi coletivo',
		ar: 'الميكروباص; الحافلات الصغيرة; النقل غير الرسمي; سيارات الأجرة الجماعية; السرفيس',
		zh: '小巴; 面包车; 非正规交通; 合乘出租车'
	}),
	concept('motorcycle-taxi', [T], {
		en: 'motorcycle taxi; moto-taxi; motorbike taxi; motorcycle; motorcycles; motorbike; riders; tuk-tuk; auto-rickshaw',
		fr: 'moto-taxi; mototaxi; motos-taxis; zémidjan; moto; motos; tricycle',
		es: 'mototaxi; mototaxis; motocicleta; motocicletas; moto; motos; mototaxistas',
		pt: 'mototáxi; mototaxistas; motocicleta; motocicletas; moto; motos',
		ar: 'الدراجات النارية; دراجة نارية; التوك توك; سيارات الأجرة النارية',
		zh: '摩的; 摩托车; 电动摩托车; 三轮车'
	}),
	concept('rail-metro', [T], {
		en: 'metro; subway; rail; railway; light rail; train; tram; commuter rail; station',
		fr: 'métro; tramway; train; chemin de fer; rail; gare; train urbain',
		es: 'metro; tren; tranvía; ferrocarril; tren ligero; estación',
		pt: 'metrô; trem; comboio; bonde; VLT; ferrovia; estação',
		ar: 'المترو; القطار; الترام; السكك الحديدية; قطار خفيف; محطة',
		zh: '地铁; 轨道交通; 轻轨; 有轨电车; 火车; 站点'
	}),
	concept('cable-car', [T, 'housing-informal-settlements'], {
		en: 'cable car; aerial cable car; gondola; ropeway; aerial tramway; funicular; escalator; outdoor escalators',
		fr: 'téléphérique; télécabine; transport par câble; funiculaire; escaliers mécaniques',
		es: 'teleférico; cable aéreo; metrocable; funicular; escaleras eléctricas',
		pt: 'teleférico; bondinho; funicular; plano inclinado; escadas rolantes',
		ar: 'التلفريك; العربات المعلقة; القطار المعلق',
		zh: '索道; 缆车; 空中缆车; 扶梯'
	}),
	concept('walking', [T, 'urban-planning'], {
		en: 'pedestrian; pedestrians; walking; walk; sidewalk; footpath; footpaths; pavement; crossing; zebra crossing; footbridge; stairways; non-motorised transport',
		fr: 'piéton; piétons; marche à pied; trottoir; trottoirs; passage piéton; sentier; escaliers; passerelle',
		es: 'peatón; peatones; caminar; acera; aceras; banqueta; vereda; cruce peatonal; senderos; escaleras; puente peatonal',
		pt: 'pedestre; pedestres; peões; caminhar; calçada; calçadas; passeio; passeios; faixa de pedestres; escadarias; passarela',
		ar: 'المشاة; الرصيف; الأرصفة; ممرات المشاة; المشي; ممر المشاة',
		zh: '步行; 行人; 人行道; 人行横道; 步道; 阶梯'
	}),
	concept('cycling', [T, 'air-quality'], {
		en: 'bicycle; bicycles; bike; cycling; cycle lane; bike lane; bike sharing; bicycle sharing',
		fr: 'vélo; vélos; bicyclette; piste cyclable; vélos en libre-service; cyclistes',
		es: 'bicicleta; bicicletas; ciclovía; ciclovías; bicicletas públicas; ciclistas',
		pt: 'bicicleta; bicicletas; ciclovia; ciclovias; bicicletas compartilhadas; ciclistas',
		ar: 'الدراجات الهوائية; دراجة هوائية; مسارات الدراجات',
		zh: '自行车; 单车; 共享单车; 公共自行车; 自行车道'
	}),
	concept('road-safety', [T, 'public-health'], {
		en: 'road safety; traffic accident; road accident; crash; crashes; traffic deaths; speeding; speed limit; traffic calming',
		fr: 'sécurité routière; accident de la route; accidents; vitesse; limitation de vitesse; ralentisseur',
		es: 'seguridad vial; accidente de tránsito; siniestros viales; accidentes; velocidad; reductores de velocidad',
		pt: 'segurança viária; segurança rodoviária; acidente de trânsito; sinistros; acidentes; velocidade; lombadas',
		ar: 'السلامة المرورية; حوادث المرور; حوادث السير; السرعة; مطبات',
		zh: '交通安全; 交通事故; 车祸; 超速; 限速'
	}),
	concept('traffic-congestion', [T], {
		en: 'traffic congestion; congestion; traffic jams; traffic; travel time; traffic signals',
		fr: 'congestion; embouteillages; bouchons; circulation; temps de trajet; feux de circulation',
		es: 'congestión; atascos; trancones; tráfico; tránsito; semáforos',
		pt: 'congestionamento; engarrafamentos; trânsito; semáforos',
		ar: 'الازدحام المروري; الاختناقات المرورية; حركة المرور; إشارات المرور',
		zh: '交通拥堵; 堵车; 交通信号; 通行时间'
	}),
	concept('fare-ticketing', [T, 'digital-government'], {
		en: 'fare; fares; ticket; ticketing; fare card; smart card; fare integration; transfer between lines',
		fr: 'tarif; billet; billettique; carte de transport; intégration tarifaire',
		es: 'tarifa; pasaje; boleto; tarjeta de transporte; integración tarifaria; recaudo',
		pt: 'tarifa; passagem; bilhete; bilhete único; cartão de transporte; integração tarifária',
		ar: 'التذاكر; تذكرة; بطاقة النقل; الأجرة',
		zh: '票价; 车票; 公交卡; 一卡通; 换乘'
	}),
	concept('transport-stops', [T], {
		en: 'bus stops; bus station; terminal; interchange; bus shelters',
		fr: 'arrêt; arrêts; arrêt de bus; gare routière; terminus; abribus',
		es: 'paradero; paraderos; parada; paradas; terminal; estación de buses',
		pt: 'paragem; paragens; terminal; rodoviária; abrigo',
		ar: 'موقف الحافلات; مواقف; محطات الحافلات; المحطة; المحطات',
		zh: '公交站; 车站; 站台; 枢纽'
	}),
	concept('transport-operators', [T, 'local-economic-development'], {
		en: 'transport operator; transport operators; drivers; driver; vehicle owners; bus owners; transport union; operating company',
		fr: 'opérateur de transport; transporteurs; chauffeurs; conducteurs; propriétaires; syndicat des transporteurs',
		es: 'operador de transporte; =transportistas; conductores; choferes; propietarios; gremio de transporte',
		pt: 'operador de transporte; motoristas; condutores; proprietários; cooperativa de transporte; sindicato',
		ar: 'مشغلي النقل; السائقين; السائقون; أصحاب المركبات; نقابة النقل',
		zh: '运营商; 司机; 驾驶员; 车主; 运输公司'
	}),
	concept('route-mapping', [T, 'digital-government'], {
		en: 'route map; routes; route network; transit map; GTFS; mapping routes; lines and stops',
		fr: 'carte des lignes; cartographie des lignes; itinéraires; réseau de lignes',
		es: 'mapa de rutas; rutas; recorridos; mapeo de rutas; red de rutas',
		pt: 'mapa de linhas; rotas; itinerários; mapeamento de rotas',
		ar: 'خريطة الخطوط; خطوط النقل; المسارات',
		zh: '线路图; 线路; 路线'
	}),
	concept('electric-mobility', [T, 'renewable-energy', 'air-quality'], {
		en: 'electric bus; electric buses; electric vehicle; electric vehicles; electric motorcycle; charging',
		fr: 'bus électrique; bus électriques; véhicule électrique; mobilité électrique; recharge',
		es: 'bus eléctrico; buses eléctricos; vehículo eléctrico; electromovilidad; carga eléctrica',
		pt: 'ônibus elétrico; veículo elétrico; mobilidade elétrica; eletromobilidade; recarga',
		ar: 'الحافلات الكهربائية; السيارات الكهربائية; المركبات الكهربائية',
		zh: '电动公交; 电动汽车; 新能源汽车; 充电'
	}),
	concept('water-transport', [T], {
		en: 'ferry; ferries; boat; boats; water bus; water transport; jetty; pier',
		fr: 'bac; bateau; bateaux; pirogue; transport lagunaire; transport fluvial; embarcadère',
		es: 'ferry; lancha; lanchas; bote; transporte fluvial; embarcadero; muelle',
		pt: 'balsa; barco; barcos; transporte hidroviário; catamarã; cais',
		ar: 'العبارات; العبارة; القوارب; النقل النهري; المرسى',
		zh: '渡轮; 轮渡; 船; 水上巴士; 码头'
	}),
	concept('parking', [T], {
		en: 'parking; car park; on-street parking; parking fees',
		fr: 'stationnement; parking; parkings',
		es: '=estacionamiento; aparcamiento; parqueadero',
		pt: 'estacionamento; estacionamentos; zona azul',
		ar: 'مواقف السيارات; ركن السيارات',
		zh: '停车; 停车场; 停车费'
	}),
	concept('accessibility', [T, 'urban-planning'], {
		en: '=accessibility; =connectivity; hard to reach; steep; slopes; hillside; hillsides; hills',
		fr: 'accessibilité; désenclavement; enclavé; enclavés; pentes; collines; flancs de colline',
		es: 'accesibilidad; conectividad; difícil acceso; laderas; ladera; cerros; pendientes',
		pt: 'acessibilidade; conectividade; difícil acesso; encostas; morros; ladeiras',
		ar: 'سهولة الوصول; المنحدرات; التلال; صعوبة الوصول',
		zh: '可达性; 山坡; 坡地'
	}),
	concept('freight', [T, 'local-economic-development'], {
		en: 'freight; goods transport; trucks; lorries; lorry; delivery vehicles; logistics; loading',
		fr: 'fret; transport de marchandises; camions; poids lourds; logistique; livraisons',
		es: 'carga; transporte de carga; camiones; transporte de mercancías; logística; reparto',
		pt: 'carga; transporte de carga; caminhões; camiões; transporte de mercadorias; logística',
		ar: 'نقل البضائع; الشاحنات; الخدمات اللوجستية; الشحن',
		zh: '货运; 货车; 卡车; 物流; 配送'
	}),
	concept('mobility-plan', [T, 'urban-planning'], {
		en: 'mobility plan; transport plan; transport master plan; urban mobility; sustainable mobility; transport policy',
		fr: 'plan de mobilité; plan de déplacements urbains; mobilité urbaine; mobilité durable; politique de transport',
		es: 'plan de movilidad; plan maestro de transporte; movilidad urbana; movilidad sostenible; política de transporte',
		pt: 'plano de mobilidade; plano de transporte; mobilidade urbana; mobilidade sustentável; política de transporte',
		ar: 'خطة التنقل; مخطط النقل; التنقل الحضري; التنقل المستدام; سياسة النقل',
		zh: '交通规划; 出行规划; 城市交通; 绿色出行; 交通政策'
	})
];

/** Air pollution, its sources and its monitoring. */
export const AIR_QUALITY = [
	concept('air-pollution', [AQ, 'public-health'], {
		en: 'air pollution; air quality; polluted air; smog; haze; pollution episode; clean air',
		fr: 'pollution de l’air; pollution atmosphérique; qualité de l’air; smog; brume sèche',
		es: 'contaminación del aire; contaminación atmosférica; calidad del aire; esmog; smog; aire limpio',
		pt: 'poluição do ar; poluição atmosférica; qualidade do ar; fumaça; ar limpo',
		ar: 'تلوث الهواء; جودة الهواء; السحابة السوداء; الضباب الدخاني; التلوث الجوي',
		zh: '空气污染; 大气污染; 空气质量; 雾霾; 蓝天'
	}),
	concept('particulate-matter', [AQ], {
		en: 'particulate matter; PM2.5; PM10; particulates; fine particles; soot; dust; black carbon',
		fr: 'particules fines; particules; poussières; suie; PM2,5',
		es: 'material particulado; partículas finas; polvo; hollín; PM2,5',
		pt: 'material particulado; partículas finas; poeira; fuligem',
		ar: 'الجسيمات الدقيقة; الغبار; السخام; الجسيمات العالقة',
		zh: '颗粒物; 细颗粒物; 粉尘; 扬尘; 烟尘'
	}),
	concept('vehicle-emissions', [AQ, T], {
		en: 'vehicle emissions; exhaust; tailpipe emissions; emissions testing; vehicle inspection; emission standards; fuel quality',
		fr: 'émissions des véhicules; gaz d’échappement; contrôle technique; normes d’émission; vieux véhicules',
		es: 'emisiones vehiculares; gases de escape; verificación vehicular; revisión técnica; normas de emisión',
		pt: 'emissões veiculares; gases de escapamento; inspeção veicular; normas de emissão; frota antiga',
		ar: 'انبعاثات المركبات; عوادم السيارات; الفحص الفني للمركبات; معايير الانبعاثات',
		zh: '机动车排放; 尾气; 尾气检测; 排放标准; 老旧车辆'
	}),
	concept('open-burning', [AQ], {
		en: 'burning; crop residue burning; stubble burning; straw burning; residue burning; burning waste; bush fires',
		fr: 'brûlage; brûlis; brûlage des résidus; brûlage à l’air libre; feux de brousse; incinération sauvage',
		es: 'quema; quemas; quema de rastrojos; quema de residuos agrícolas; quema de basura; quemas a cielo abierto',
		pt: 'queima; queimadas; queima de resíduos; queima da palha; queima a céu aberto',
		ar: 'الحرق; حرق المخلفات; حرق قش الأرز; الحرق المكشوف; حرق القمامة',
		zh: '焚烧; 秸秆焚烧; 露天焚烧; 焚烧垃圾'
	}),
	concept('crop-residue', [AQ, 'agriculture-food-systems'], {
		en: 'crop residue; crop residues; stubble; straw; rice straw; husks; residue management; mulching',
		fr: 'résidus de récolte; résidus agricoles; paille; paille de riz; chaumes',
		es: 'rastrojo; rastrojos; residuos de cosecha; paja; paja de arroz; cascarilla',
		pt: 'palha; palhada; restos culturais; resíduos agrícolas; palha de arroz',
		ar: 'قش الأرز; القش; المخلفات الزراعية; بقايا المحاصيل',
		zh: '秸秆; 稻草; 作物残茬; 秸秆还田'
	}),
	concept('brick-kilns', [AQ, 'local-economic-development'], {
		en: 'brick kiln; brick kilns; kilns; brickmaking; zig-zag firing',
		fr: 'briqueterie; briqueteries; fours à briques',
		es: 'ladrilleras; hornos ladrilleros; hornos de ladrillo',
		pt: 'olarias; fornos de tijolos; cerâmicas',
		ar: 'قمائن الطوب; أفران الطوب; مصانع الطوب',
		zh: '砖窑; 砖厂'
	}),
	concept('industrial-pollution', [AQ], {
		en: 'industrial pollution; factories; factory; industry emissions; chimney; smokestack; coal boilers; coal; polluting industries',
		fr: 'pollution industrielle; usines; cheminées; chaudières à charbon; industries polluantes',
		es: 'contaminación industrial; fábricas; chimeneas; calderas de carbón; industrias contaminantes',
		pt: 'poluição industrial; fábricas; chaminés; caldeiras a carvão; indústrias poluentes',
		ar: 'التلوث الصناعي; المصانع; المداخن; الفحم; الصناعات الملوثة',
		zh: '工业污染; 工厂; 烟囱; 燃煤锅炉; 燃煤; 污染企业'
	}),
	concept('air-monitoring', [AQ, 'digital-government'], {
		en: 'air quality monitoring; monitoring stations; sensors; low-cost sensors; air quality index; pollution data; source apportionment',
		fr: 'surveillance de la qualité de l’air; stations de mesure; capteurs; indice de qualité de l’air',
		es: 'monitoreo de la calidad del aire; estaciones de monitoreo; sensores; índice de calidad del aire',
		pt: 'monitoramento da qualidade do ar; estações de monitoramento; sensores; índice de qualidade do ar',
		ar: 'رصد جودة الهواء; محطات الرصد; أجهزة الاستشعار; مؤشر جودة الهواء',
		zh: '空气质量监测; 监测站; 传感器; 空气质量指数; 源解析'
	}),
	concept('respiratory-illness', [AQ, 'public-health'], {
		en: 'respiratory disease; respiratory infections; asthma; lung disease; coughing; breathing problems; respiratory',
		fr: 'maladies respiratoires; infections respiratoires; asthme; toux; problèmes respiratoires',
		es: 'enfermedades respiratorias; infecciones respiratorias; asma; tos; problemas respiratorios',
		pt: 'doenças respiratórias; infecções respiratórias; asma; tosse; problemas respiratórios',
		ar: 'أمراض الجهاز التنفسي; الربو; السعال; مشاكل التنفس; الأمراض التنفسية',
		zh: '呼吸道疾病; 哮喘; 咳嗽; 呼吸系统'
	}),
	concept('smoke', [AQ, 'public-health'], {
		en: 'smoke; smoky; fumes; indoor air pollution; household air pollution',
		fr: 'fumée; fumées; pollution de l’air intérieur',
		es: 'humo; humos; contaminación intramuros; contaminación del aire interior',
		pt: 'fumaça; fumo; poluição do ar interior',
		ar: 'الدخان; دخان; الأدخنة; تلوث الهواء الداخلي',
		zh: '烟; 烟雾; 室内空气污染'
	}),
	concept('noise', [AQ, 'urban-planning'], {
		en: 'noise; noise pollution; noisy; loudspeakers at night',
		fr: 'bruit; nuisances sonores; pollution sonore',
		es: 'ruido; contaminación acústica; contaminación sonora',
		pt: 'ruído; barulho; poluição sonora',
		ar: 'الضوضاء; التلوث الضوضائي; التلوث السمعي',
		zh: '噪声; 噪音; 噪声污染'
	}),
	concept('clean-fuels', [AQ, 'energy-access'], {
		en: 'cleaner fuels; clean fuel; fuel switching; natural gas; CNG; coal to gas',
		fr: 'combustibles propres; carburants propres; GNV; gaz de ville',
		es: 'combustibles limpios; gas natural; GNV; cambio de combustible',
		pt: 'combustíveis limpos; gás natural; GNV; troca de combustível',
		ar: 'الوقود النظيف; الغاز الطبيعي; التحول إلى الغاز',
		zh: '清洁燃料; 天然气; 煤改气; 煤改电'
	}),
	concept('pollution', [AQ, 'ecosystems-biodiversity'], {
		en: 'pollution; polluted; polluting; pollutants; contamination; contaminated',
		fr: 'pollution; pollué; polluée; polluants; contamination; contaminé',
		es: 'contaminación; contaminado; contaminada; contaminantes; polución',
		pt: 'poluição; poluído; poluída; poluentes; contaminação; contaminado',
		ar: 'التلوث; تلوث; ملوث; الملوثات',
		zh: '污染; 污染物; 受污染'
	})
];
