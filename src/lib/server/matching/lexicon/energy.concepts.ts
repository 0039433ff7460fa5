import { concept } from './concept.ts';

const EA = 'energy-access' as const;
const RE = 'renewable-energy' as const;

/** Access to electricity and clean cooking. */
export const ENERGY_ACCESS = [
	concept('electricity', [EA], {
		en: 'electricity; electric power; power supply; electrical connection; power connection',
		fr: 'électricité; courant électrique; alimentation électrique; branchement électrique',
		es: 'electricidad; energía eléctrica; luz eléctrica; suministro eléctrico; conexión eléctrica',
		pt: 'eletricidade; energia elétrica; luz elétrica; fornecimento de energia; ligação de energia',
		ar: 'الكهرباء; كهرباء; التيار الكهربائي; الطاقة الكهربائية; التوصيل الكهربائي',
		zh: '电力; 用电; 供电; 电能'
	}),
	concept('electrification', [EA], {
		en: 'electrification; access to electricity; grid extension; unelectrified; last-mile connection',
		fr: 'électrification; accès à l’électricité; extension du réseau; raccordement au réseau',
		es: 'electrificación; acceso a la electricidad; extensión de red',
		pt: 'eletrificação; acesso à eletricidade; extensão da rede; sem energia elétrica',
		ar: 'كهربة; الكهربة; الوصول إلى الكهرباء; توسيع الشبكة; بدون كهرباء',
		zh: '电气化; 通电; 电网延伸; 无电; 用上电'
	}),
	concept('power-grid', [EA, RE], {
		en: 'grid; power grid; national grid; electricity network; distribution lines; power lines; substation',
		fr: 'réseau électrique; réseau national; lignes électriques; poste électrique',
		es: 'red eléctrica; red nacional; líneas eléctricas; tendido eléctrico; subestación',
		pt: 'rede elétrica; rede de distribuição de energia; linhas de energia; fiação; subestação',
		ar: 'الشبكة الكهربائية; شبكة الكهرباء; الشبكة الوطنية; خطوط الكهرباء',
		zh: '电网; 输电线; 配电网; 变电站'
	}),
	concept('power-utility', [EA], {
		en: 'power utility; electricity utility; electricity company; distribution company; power company',
		fr: 'société d’électricité; compagnie d’électricité; distributeur d’électricité',
		es: 'empresa eléctrica; distribuidora eléctrica; compañía de luz',
		pt: 'distribuidora de energia; concessionária de energia; companhia de eletricidade',
		ar: 'شركة الكهرباء; شركة توزيع الكهرباء; مؤسسة الكهرباء',
		zh: '电力公司; 供电公司; 电网公司'
	}),
	concept('mini-grid', [EA, RE], {
		en: 'mini-grid; minigrid; micro-grid; microgrid; isolated grid; village grid; hybrid system',
		fr: 'mini-réseau; mini-réseaux; micro-réseau; réseau isolé; système hybride',
		es: 'minirred; mini red; microrred; red aislada; sistema híbrido',
		pt: 'minirrede; microrrede; rede isolada; sistema híbrido',
		ar: 'شبكة صغيرة; الشبكات الصغيرة; شبكة معزولة; نظام هجين',
		zh: '微电网; 小型电网; 离网系统; 混合系统'
	}),
	concept('off-grid-solar', [EA, RE], {
		en: 'solar home system; solar lantern; solar kit; off-grid solar; stand-alone system',
		fr: 'kit solaire; système solaire domestique; lampe solaire',
		es: 'sistema solar domiciliario; kit solar; lámpara solar; aislado de la red',
		pt: 'sistema solar domiciliar; kit solar; lanterna solar',
		ar: 'أنظمة شمسية منزلية; نظام شمسي منزلي; مصباح شمسي; خارج الشبكة',
		zh: '户用太阳能; 太阳能灯; 离网太阳能'
	}),
	concept('prepaid-payment', [EA, 'finance-investment'], {
		en: 'prepaid; prepayment; prepaid meter; prepaid meters',
		fr: 'prépayé; prépaiement; compteur à prépaiement; paiement à l’usage',
		es: 'prepago; medidor prepago; pago según consumo',
		pt: 'pré-pago; pré-pagamento; medidor pré-pago; pague conforme o uso',
		ar: 'الدفع المسبق; عداد مسبق الدفع; مسبق الدفع; الدفع حسب الاستخدام',
		zh: '预付费; 预付费电表; 按使用付费; 先付费'
	}),
	concept('clean-cooking', [EA, 'public-health'], {
		en: 'clean cooking; cookstove; cook stove; improved stove; efficient stove; cooking fuel; cooking energy; kitchen smoke',
		fr: 'cuisson propre; foyer amélioré; foyers améliorés; réchaud; cuisinière; combustible de cuisson; fumée de cuisine',
		es: 'cocción limpia; cocina mejorada; estufa mejorada; fogón; fogón mejorado; combustible para cocinar; humo en la cocina',
		pt: 'cozinha limpa; fogão melhorado; fogareiro; fogão eficiente; combustível para cozinhar; fumaça na cozinha',
		ar: 'الطهي النظيف; مواقد محسنة; موقد محسن; وقود الطهي; دخان المطبخ',
		zh: '清洁炊事; 节能灶; 改良炉灶; 炉灶; 炊事燃料; 厨房油烟'
	}),
	concept('charcoal-firewood', [EA, 'ecosystems-biodiversity'], {
		en: 'charcoal; firewood; fuelwood; wood fuel; biomass fuel; kerosene; paraffin',
		fr: 'charbon de bois; bois de chauffe; bois de feu; bois énergie; pétrole lampant',
		es: 'carbón vegetal; leña; carbón de leña; combustible de biomasa; queroseno',
		pt: 'carvão vegetal; lenha; carvão; biomassa tradicional; querosene',
		ar: 'الفحم; الفحم النباتي; الحطب; حطب الوقود; الكيروسين',
		zh: '木炭; 薪柴; 柴火; 烧柴; 煤油'
	}),
	concept('lpg', [EA], {
		en: 'LPG; liquefied petroleum gas; cooking gas; gas cylinder; butane',
		fr: 'GPL; gaz butane; bouteille de gaz; gaz domestique',
		es: 'GLP; gas licuado; gas licuado de petróleo; balón de gas; cilindro de gas',
		pt: 'GLP; gás de cozinha; botijão de gás; gás liquefeito',
		ar: 'غاز البوتان; قارورة الغاز; الغاز المسال; أسطوانة الغاز',
		zh: '液化气; 液化石油气; 煤气罐'
	}),
	concept('biogas', [EA, RE, 'waste-management'], {
		en: 'biogas; digester; biodigester; anaerobic digestion; biomethanation',
		fr: 'biogaz; digesteur; biodigesteur; méthanisation',
		es: 'biogás; biodigestor; digestor; digestión anaerobia',
		pt: 'biogás; biodigestor; digestor; digestão anaeróbia',
		ar: 'الغاز الحيوي; البيوغاز; هاضم; الهضم اللاهوائي',
		zh: '沼气; 沼气池; 厌氧消化'
	}),
	concept('power-outage', [EA], {
		en: 'power cut; power cuts; blackout; outage; load shedding; unreliable supply',
		fr: 'coupure de courant; coupures d’électricité; délestage; délestages',
		es: 'apagón; apagones; corte de luz; cortes de energía',
		pt: 'apagão; apagões; queda de energia',
		ar: 'انقطاع الكهرباء; انقطاع التيار; تخفيف الأحمال',
		zh: '停电; 断电; 拉闸限电'
	}),
	concept('productive-use', [EA, 'local-economic-development'], {
		en: 'milling; agro-processing equipment; motive power; welding',
		fr: 'usage productif; moulin; mouture; décortiqueuse; force motrice; plateforme multifonctionnelle',
		es: 'molino; molienda; fuerza motriz',
		pt: 'uso produtivo; moinho; moagem; força motriz',
		ar: 'الاستخدام الإنتاجي; مطحنة; طحن',
		zh: '生产性用电; 磨坊; 碾米; 动力设备'
	}),
	concept('energy-subsidy', [EA, 'social-protection'], {
		en: 'energy subsidy; fuel subsidy; lifeline tariff; social tariff',
		fr: 'subvention énergétique; tarif social; facture d’électricité; tranche sociale',
		es: 'subsidio energético; subsidio al gas; tarifa social; factura de luz; recibo de luz',
		pt: 'subsídio de energia; tarifa social; conta de luz; vale-gás',
		ar: 'دعم الطاقة; التعرفة الاجتماعية; فاتورة الكهرباء; دعم الوقود',
		zh: '能源补贴; 电费; 低保电价; 燃料补贴'
	})
];

/** Renewable power and energy efficiency. */
export const RENEWABLE_ENERGY = [
	concept('solar-power', [RE], {
		en: 'solar; solar power; solar energy; photovoltaic; PV; solar panel; solar panels; solar plant; solar park',
		fr: 'solaire; énergie solaire; photovoltaïque; panneaux solaires; centrale solaire',
		es: 'solar; energía solar; fotovoltaica; fotovoltaico; paneles solares; planta solar',
		pt: 'solar; energia solar; fotovoltaica; painéis solares; usina solar',
		ar: 'الطاقة الشمسية; ألواح شمسية; الألواح الشمسية; الخلايا الشمسية; محطة شمسية; شمسية',
		zh: '太阳能; 光伏; 太阳能电池板; 光伏电站'
	}),
	concept('rooftop-solar', [RE], {
		en: 'rooftop solar; solar roofs; distributed generation',
		fr: 'solaire en toiture; toitures solaires; autoconsommation; comptage net',
		es: 'techos solares; solar en techos; medición neta; generación distribuida; autoconsumo',
		pt: 'telhados solares; geração distribuída; compensação de energia; autoconsumo',
		ar: 'الطاقة الشمسية على الأسطح; الأسطح الشمسية; صافي القياس',
		zh: '屋顶光伏; 分布式光伏; 自发自用; 净计量'
	}),
	concept('solar-water-heater', [RE], {
		en: 'solar water heater; solar water heating; solar geyser',
		fr: 'chauffe-eau solaire; chauffe-eaux solaires',
		es: 'calentador solar; termotanque solar; calentadores solares de agua',
		pt: 'aquecedor solar; aquecimento solar de água',
		ar: 'سخان شمسي; سخانات المياه الشمسية; السخانات الشمسية',
		zh: '太阳能热水器'
	}),
	concept('wind-power', [RE], {
		en: 'wind power; wind energy; wind farm; wind turbine',
		fr: 'énergie éolienne; éolienne; parc éolien',
		es: 'energía eólica; parque eólico; aerogenerador',
		pt: 'energia eólica; parque eólico; aerogerador',
		ar: 'طاقة الرياح; توربينات الرياح; مزرعة رياح',
		zh: '风电; 风能; 风力发电; 风电场'
	}),
	concept('hydropower', [RE, EA], {
		en: 'hydropower; hydroelectric; micro-hydro',
		fr: 'hydroélectricité; micro-hydroélectricité; petite centrale hydroélectrique',
		es: 'hidroeléctrica; microcentral hidroeléctrica; pequeña central hidroeléctrica',
		pt: 'hidrelétrica; pequena central hidrelétrica; micro-hidrelétrica',
		ar: 'الطاقة الكهرومائية; محطة كهرومائية; توليد الكهرباء من المياه',
		zh: '水电; 小水电; 微型水电'
	}),
	concept('energy-efficiency', [RE], {
		en: 'energy efficiency; energy-efficient; energy saving; energy savings; efficient lighting; energy audit; retrofit of buildings',
		fr: 'efficacité énergétique; économies d’énergie; audit énergétique; éclairage efficace',
		es: 'eficiencia energética; ahorro de energía; ahorro energético; auditoría energética',
		pt: 'eficiência energética; economia de energia; auditoria energética',
		ar: 'كفاءة الطاقة; ترشيد الطاقة; توفير الطاقة; ترشيد الاستهلاك; التدقيق الطاقي',
		zh: '节能; 能效; 能源效率; 节能改造; 能源审计'
	}),
	concept('street-lighting', [RE, 'urban-planning'], {
		en: 'street lighting; streetlight; streetlights; public lighting; LED lamps; LED lighting',
		fr: 'éclairage public; lampadaire; lampadaires; LED',
		es: 'alumbrado público; luminarias; farolas; LED',
		pt: 'iluminação pública; luminárias; postes de luz; LED',
		ar: 'الإنارة العمومية; الإنارة العامة; إنارة الشوارع; مصابيح',
		zh: '路灯; 公共照明; 照明; LED'
	}),
	concept('esco', [RE, 'finance-investment'], {
		en: 'energy service company; ESCO; energy performance contract; energy performance contracting; shared savings',
		fr: 'société de services énergétiques; contrat de performance énergétique; tiers-financement',
		es: 'empresa de servicios energéticos; contrato de desempeño energético; ahorros compartidos',
		pt: 'empresa de serviços de energia; contrato de desempenho energético; ESCO',
		ar: 'شركات خدمات الطاقة; عقود الأداء الطاقي',
		zh: '合同能源管理; 节能服务公司; 能源绩效合同'
	}),
	concept('feed-in-tariff', [RE, 'finance-investment'], {
		en: 'feed-in tariff; power purchase agreement; independent power producer; renewable auction; sell power to the grid',
		fr: 'tarif de rachat; contrat d’achat d’électricité; producteur indépendant; appel d’offres renouvelable',
		es: 'tarifa de alimentación; contrato de compra de energía; productor independiente; subasta de renovables',
		pt: 'tarifa feed-in; contrato de compra de energia; produtor independente; leilão de energia',
		ar: 'تعريفة التغذية; اتفاقية شراء الطاقة; منتج مستقل للطاقة',
		zh: '上网电价; 购电协议; 独立发电商; 余电上网'
	}),
	concept('renewable-energy', [RE], {
		en: 'renewable energy; renewables; clean energy; green energy; energy transition',
		fr: 'énergies renouvelables; énergie renouvelable; énergie propre; transition énergétique',
		es: 'energías renovables; energía renovable; energía limpia; transición energética',
		pt: 'energias renováveis; energia renovável; energia limpa; transição energética',
		ar: 'الطاقة المتجددة; الطاقات المتجددة; الطاقة النظيفة',
		zh: '可再生能源; 清洁能源; 新能源; 能源转型'
	}),
	concept('bioenergy', [RE], {
		en: 'bioenergy; biomass; cogeneration; bagasse; biofuel; pellets',
		fr: 'bioénergie; biomasse; cogénération; bagasse; biocarburant',
		es: 'bioenergía; biomasa; cogeneración; bagazo; biocombustible',
		pt: 'bioenergia; biomassa; cogeração; bagaço; biocombustível',
		ar: 'الطاقة الحيوية; الكتلة الحيوية; التوليد المشترك; الوقود الحيوي',
		zh: '生物质能; 生物质; 热电联产; 甘蔗渣; 生物燃料'
	}),
	concept('diesel-generator', [RE, EA], {
		en: 'diesel; diesel generator; generator; genset; fuel costs; diesel pump',
		fr: 'diesel; gasoil; groupe électrogène; groupes électrogènes; motopompe',
		es: 'diésel; diesel; generador; grupo electrógeno; motobomba; combustible',
		pt: 'diesel; gerador; grupo gerador; motobomba',
		ar: 'الديزل; السولار; مولد كهربائي; المولدات; مضخة ديزل',
		zh: '柴油; 柴油发电机; 发电机; 柴油泵'
	}),
	concept('battery-storage', [RE], {
		en: 'battery; batteries; energy storage; battery storage; battery swapping',
		fr: 'batterie; batteries; stockage d’énergie; échange de batteries',
		es: 'batería; baterías; almacenamiento de energía; intercambio de baterías',
		pt: 'bateria; baterias; armazenamento de energia; troca de baterias',
		ar: 'بطارية; البطاريات; تخزين الطاقة',
		zh: '电池; 储能; 换电'
	}),
	concept('solar-pumping', [RE, 'agriculture-food-systems'], {
		en: 'solar pump; solar pumps; solar pumping; solar irrigation; solar-powered irrigation; solar water pumping',
		fr: 'pompe solaire; pompage solaire; irrigation solaire; pompes solaires',
		es: 'bomba solar; bombeo solar; riego solar; bombas solares',
		pt: 'bomba solar; bombeamento solar; irrigação solar',
		ar: 'مضخات شمسية; الضخ بالطاقة الشمسية; الري بالطاقة الشمسية; مضخة شمسية',
		zh: '光伏水泵; 太阳能水泵; 光伏提水; 太阳能灌溉'
	}),
	concept('geothermal', [RE], {
		en: 'geothermal; geothermal power; geothermal energy',
		fr: 'géothermie; géothermique',
		es: 'geotermia; geotérmica; energía geotérmica',
		pt: 'geotermia; geotérmica; energia geotérmica',
		ar: 'الطاقة الحرارية الأرضية; الطاقة الجوفية',
		zh: '地热; 地热能; 地热发电'
	}),
	concept('public-buildings-energy', [RE, 'finance-investment'], {
		en: 'public buildings; municipal buildings; schools and clinics; energy costs; electricity costs; energy bills of the municipality',
		fr: 'bâtiments publics; bâtiments municipaux; coûts énergétiques; dépenses d’électricité',
		es: 'edificios públicos; edificios municipales; costos de energía; gasto en electricidad',
		pt: 'prédios públicos; edifícios públicos; prédios municipais; custos de energia; gastos com eletricidade',
		ar: 'المباني العمومية; المباني الحكومية; المباني البلدية; تكاليف الطاقة; فاتورة الطاقة',
		zh: '公共建筑; 公共机构节能; 政府办公楼; 能源费用'
	})
];
