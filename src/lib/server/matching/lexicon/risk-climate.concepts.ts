import { concept } from './concept.ts';

const DRR = 'disaster-risk-reduction' as const;
const CA = 'climate-adaptation' as const;

/** Hazards, warnings, preparedness, safer buildings. */
export const DISASTER_RISK_REDUCTION = [
	concept('flood', [DRR, CA], {
		en: 'flood; floods; flooding; flooded; inundation; flash flood; flash floods; overflow; river flooding',
		fr: 'inondation; inondations; inondé; inondés; crue; crues; débordement; submersion',
		es: 'inundación; inundaciones; inundado; crecida; crecidas; desborde; anegamiento; riada',
		pt: 'inundação; inundações; enchente; enchentes; cheia; cheias; alagamento; alagamentos; transbordamento',
		ar: 'الفيضانات; فيضان; فيضانات; السيول; سيول; الغمر; غرق; طوفان',
		zh: '洪水; 洪涝; 内涝; 水灾; 淹没; 积水; 山洪'
	}),
	concept('early-warning', [DRR], {
		en: 'early warning system; warning; warnings; alert; alerts; siren; sirens; forecast; forecasting; alarm',
		fr: 'alerte précoce; système d’alerte; alerte; alertes; avertissement; sirène; sirènes; prévision; prévisions',
		es: 'alerta temprana; sistema de alerta; alerta; alertas; aviso; avisos; sirena; sirenas; pronóstico; alarma',
		pt: 'alerta precoce; sistema de alerta; alerta; alertas; aviso; avisos; sirene; sirenes; previsão; alarme',
		ar: 'الإنذار المبكر; إنذار مبكر; نظام الإنذار; التحذير; تحذيرات; صفارات الإنذار; التنبؤ; إنذار',
		zh: '预警; 早期预警; 预警系统; 警报; 预报; 警报器'
	}),
	concept('evacuation', [DRR], {
		en: 'evacuation; evacuate; evacuation route; evacuation routes; shelter; shelters; emergency shelter; drill; drills',
		fr: 'évacuation; évacuer; itinéraire d’évacuation; abri; abris; refuge; exercice d’évacuation; simulation',
		es: 'evacuación; evacuar; rutas de evacuación; albergue; albergues; refugio; simulacro; simulacros',
		pt: 'evacuação; evacuar; rotas de fuga; abrigo; abrigos; simulado; simulados',
		ar: 'الإخلاء; إخلاء; مسارات الإخلاء; الملاجئ; ملجأ; مراكز الإيواء; تمارين; محاكاة',
		zh: '疏散; 撤离; 避难所; 疏散路线; 演练; 应急避难'
	}),
	concept('earthquake', [DRR], {
		en: 'earthquake; earthquakes; seismic; tremor; tremors; quake',
		fr: 'séisme; séismes; tremblement de terre; sismique; secousses',
		es: 'sismo; sismos; terremoto; terremotos; sísmico; temblor; temblores',
		pt: 'sismo; terremoto; terramoto; sísmico; tremor; abalos',
		ar: 'زلزال; الزلازل; زلازل; هزات; زلزالية',
		zh: '地震; 抗震; 震动'
	}),
	concept('retrofitting', [DRR, 'housing-informal-settlements'], {
		en: 'retrofit; retrofitting; strengthening; structural strengthening; seismic retrofit; reinforcement; safer construction; resistant construction; earthquake-resistant',
		fr: 'renforcement; renforcement parasismique; confortement; construction parasismique; construction résistante',
		es: 'reforzamiento; reforzamiento estructural; rehabilitación sísmica; construcción sismorresistente; refuerzo',
		pt: 'reforço estrutural; retrofit; construção resistente; reforço sísmico',
		ar: 'التدعيم; تدعيم المباني; التقوية الإنشائية; البناء المقاوم للزلازل',
		zh: '加固; 抗震加固; 结构加固; 抗震建筑'
	}),
	concept('building-safety', [DRR, 'urban-planning'], {
		en: 'vulnerability assessment; structural assessment; unsafe buildings; building safety; building code; building codes; collapse; inspection of buildings',
		fr: 'évaluation de la vulnérabilité; diagnostic structurel; bâtiments menaçant ruine; sécurité des bâtiments; normes de construction; effondrement',
		es: 'evaluación de vulnerabilidad; evaluación estructural; edificios inseguros; normas de construcción; código de construcción; colapso; derrumbe',
		pt: 'avaliação de vulnerabilidade; avaliação estrutural; edificações em risco; código de obras; normas de construção; desabamento',
		ar: 'تقييم الهشاشة; المباني الآيلة للسقوط; سلامة المباني; كود البناء; انهيار; الانهيار',
		zh: '危房; 安全鉴定; 抗震鉴定; 建筑规范; 倒塌'
	}),
	concept('landslide', [DRR], {
		en: 'landslide; landslides; mudslide; mudslides; slope failure; slope stabilisation; rockfall',
		fr: 'glissement de terrain; glissements de terrain; coulée de boue; éboulement; stabilisation des pentes',
		es: 'deslizamiento; deslizamientos; derrumbe; derrumbes; alud; huaico; estabilización de taludes',
		pt: 'deslizamento; deslizamentos; escorregamento; desmoronamento; contenção de encostas',
		ar: 'انزلاق التربة; الانهيارات الأرضية; انهيار أرضي; انجراف التربة',
		zh: '滑坡; 泥石流; 山体滑坡; 边坡治理'
	}),
	concept('tropical-storm', [DRR, CA], {
		en: 'cyclone; cyclones; hurricane; hurricanes; typhoon; typhoons; tropical storm; storm surge; storms',
		fr: 'cyclone; cyclones; ouragan; ouragans; typhon; tempête tropicale; onde de tempête; tempêtes',
		es: 'huracán; huracanes; ciclón; ciclones; tifón; tormenta tropical; marejada ciclónica; tormentas',
		pt: 'ciclone; ciclones; furacão; furacões; tufão; tempestade tropical; tempestades',
		ar: 'إعصار; الأعاصير; أعاصير; العواصف; عاصفة',
		zh: '台风; 飓风; 气旋; 风暴潮; 热带风暴'
	}),
	concept('tsunami', [DRR], {
		en: 'tsunami; tsunamis; vertical evacuation',
		fr: 'tsunami; tsunamis; raz-de-marée',
		es: 'tsunami; maremoto',
		pt: 'tsunami; maremoto',
		ar: 'تسونامي; موجات المد',
		zh: '海啸'
	}),
	concept('urban-fire', [DRR, 'housing-informal-settlements'], {
		en: 'fire; fires; fire outbreak; shack fires; firefighting; fire brigade; fire detector; smoke alarm; fire safety; fire breaks',
		fr: 'incendie; incendies; feux; pompiers; détecteur d’incendie; sécurité incendie; coupe-feu',
		es: 'incendio; incendios; bomberos; detector de humo; seguridad contra incendios; cortafuegos',
		pt: 'incêndio; incêndios; bombeiros; detector de fumaça; segurança contra incêndios; aceiros',
		ar: 'حريق; الحرائق; حرائق; رجال الإطفاء; الإطفاء; كاشف الدخان',
		zh: '火灾; 消防; 烟雾报警; 防火'
	}),
	concept('hazard-mapping', [DRR, 'digital-government'], {
		en: 'hazard map; hazard maps; risk map; risk maps; risk mapping; hazard mapping; risk assessment; flood map; exposure',
		fr: 'carte des risques; cartographie des risques; carte des aléas; évaluation des risques; zones à risque',
		es: 'mapa de riesgo; mapas de riesgo; mapa de amenazas; evaluación de riesgos; zonas de riesgo',
		pt: 'mapa de risco; mapeamento de risco; mapa de ameaças; áreas de risco; avaliação de riscos',
		ar: 'خرائط المخاطر; خريطة المخاطر; تقييم المخاطر; المناطق المعرضة للخطر',
		zh: '风险图; 灾害风险图; 风险评估; 风险区'
	}),
	concept('preparedness', [DRR], {
		en: 'preparedness; disaster preparedness; contingency plan; emergency plan; disaster risk reduction; disaster risk management; civil protection; civil defence',
		fr: 'préparation; préparation aux catastrophes; plan de contingence; plan d’urgence; réduction des risques de catastrophe; protection civile',
		es: 'preparación; preparación ante desastres; plan de contingencia; plan de emergencia; gestión del riesgo; defensa civil; protección civil',
		pt: 'preparação; preparação para desastres; plano de contingência; plano de emergência; gestão de riscos; defesa civil; proteção civil',
		ar: 'الاستعداد; التأهب; خطة الطوارئ; الحد من مخاطر الكوارث; الحماية المدنية; الدفاع المدني',
		zh: '防灾; 备灾; 应急预案; 减灾; 防灾减灾; 民防'
	}),
	concept('disaster', [DRR], {
		en: 'disaster; disasters; natural hazard; hazards; catastrophe; emergency; emergencies; victims; casualties',
		fr: 'catastrophe; catastrophes; aléas; urgence; sinistrés; victimes',
		es: 'desastre; desastres; catástrofe; amenazas naturales; emergencia; damnificados; víctimas',
		pt: 'desastre; desastres; catástrofe; ameaças naturais; emergência; desabrigados; vítimas',
		ar: 'كارثة; الكوارث; كوارث; الطوارئ; الضحايا; المنكوبين',
		zh: '灾害; 灾难; 自然灾害; 紧急情况; 灾民'
	}),
	concept('community-volunteers', [DRR], {
		en: 'volunteers; volunteer; community volunteers; response teams; community brigades; neighbourhood committees',
		fr: 'volontaires; bénévoles; secouristes; brigades communautaires; comités de quartier',
		es: 'voluntarios; brigadistas; brigadas comunitarias; comités vecinales; socorristas',
		pt: 'voluntários; brigadistas; brigadas comunitárias; núcleos comunitários; socorristas',
		ar: 'المتطوعين; متطوعين; فرق الاستجابة; لجان الأحياء',
		zh: '志愿者; 应急队; 社区救援队'
	}),
	concept('river-monitoring', [DRR, CA], {
		en: 'river level; water level; rain gauge; rain gauges; gauges; river basin; river; rivers; riverbank',
		fr: 'niveau du fleuve; niveau de l’eau; pluviomètre; pluviomètres; bassin versant; fleuve; rivière; berges',
		es: 'nivel del río; nivel del agua; pluviómetro; pluviómetros; cuenca; río; ríos; ribera',
		pt: 'nível do rio; nível da água; pluviômetro; pluviômetros; bacia hidrográfica; rio; rios; margens',
		ar: 'منسوب النهر; منسوب المياه; مقياس الأمطار; حوض النهر; النهر; الأنهار; ضفاف',
		zh: '水位; 雨量计; 流域; 河流; 河道; 河岸'
	}),
	concept('reconstruction', [DRR, 'housing-informal-settlements'], {
		en: 'reconstruction; rebuilding; post-disaster',
		fr: 'reconstruction; reconstruire; relèvement; post-catastrophe',
		es: 'reconstrucción; reconstruir; recuperación posdesastre; posdesastre',
		pt: 'reconstrução; reconstruir; recuperação pós-desastre',
		ar: 'إعادة الإعمار; إعادة البناء; التعافي',
		zh: '灾后重建; 重建; 恢复重建'
	}),
	concept('search-rescue', [DRR], {
		en: 'search and rescue; rescue; rescue teams; emergency operations centre; relief',
		fr: 'recherche et sauvetage; sauvetage; secours; premiers secours; centre des opérations d’urgence',
		es: 'búsqueda y rescate; rescate; socorro; centro de operaciones de emergencia',
		pt: 'busca e salvamento; resgate; socorro; centro de operações de emergência',
		ar: 'البحث والإنقاذ; الإنقاذ; الإسعافات الأولية; مركز عمليات الطوارئ; الإغاثة',
		zh: '搜救; 救援; 急救; 应急指挥中心; 救灾'
	}),
	concept('volcano', [DRR], {
		en: 'volcano; volcanic; eruption; ash fall',
		fr: 'volcan; volcanique; éruption',
		es: 'volcán; volcánico; erupción; ceniza volcánica',
		pt: 'vulcão; vulcânico; erupção',
		ar: 'بركان; البراكين; ثوران',
		zh: '火山; 喷发; 火山灰'
	})
];

/** Adapting to heat, drought, rising seas and heavier rain. */
export const CLIMATE_ADAPTATION = [
	concept('climate-change', [CA], {
		en: 'climate change; climate resilience; climate risk; climate adaptation; adaptation; climate vulnerability; global warming',
		fr: 'changement climatique; changements climatiques; résilience climatique; adaptation; adaptation au changement climatique',
		es: 'cambio climático; resiliencia climática; adaptación; adaptación al cambio climático; riesgo climático',
		pt: 'mudança climática; mudanças climáticas; alterações climáticas; resiliência climática; adaptação',
		ar: 'تغير المناخ; التغير المناخي; التكيف; التكيف مع تغير المناخ; الصمود المناخي',
		zh: '气候变化; 气候适应; 适应气候变化; 气候韧性; 全球变暖'
	}),
	concept('extreme-heat', [CA, 'public-health'], {
		en: 'heat; heatwave; heat wave; heatwaves; extreme heat; heat stress; hot days',
		fr: 'chaleur; canicule; vague de chaleur; vagues de chaleur; fortes chaleurs; chaleur extrême; températures élevées',
		es: 'calor; ola de calor; olas de calor; calor extremo; altas temperaturas; estrés térmico',
		pt: 'calor; onda de calor; ondas de calor; calor extremo; altas temperaturas; estresse térmico',
		ar: 'الحرارة; موجة الحر; موجات الحر; الحر الشديد; درجات الحرارة المرتفعة; الإجهاد الحراري',
		zh: '高温; 热浪; 酷热; 极端高温; 中暑'
	}),
	concept('urban-cooling', [CA, 'urban-planning'], {
		en: 'urban heat island; cooling; cool roofs; cool roof; reflective roofs; shade; shade trees; green corridors; temperature reduction',
		fr: 'îlot de chaleur; îlots de chaleur; rafraîchissement; toits frais; toitures réfléchissantes; ombrage; corridors verts',
		es: 'isla de calor; islas de calor; enfriamiento; techos fríos; techos reflectantes; sombra; corredores verdes',
		pt: 'ilha de calor; ilhas de calor; resfriamento; telhados frios; telhados reflexivos; sombreamento; corredores verdes',
		ar: 'الجزر الحرارية; التبريد; الأسطح العاكسة; التظليل; الممرات الخضراء',
		zh: '热岛; 城市热岛; 降温; 冷屋顶; 遮阳; 绿色廊道'
	}),
	concept('drought', [CA, 'agriculture-food-systems'], {
		en: 'drought; droughts; dry spell; dry spells; arid; semi-arid; water stress; rainfall variability; erratic rains',
		fr: 'sécheresse; sécheresses; aride; semi-aride; stress hydrique; pluies irrégulières; déficit pluviométrique',
		es: 'sequía; sequías; árido; semiárido; estrés hídrico; lluvias irregulares; déficit de lluvias',
		pt: 'seca; secas; estiagem; árido; semiárido; estresse hídrico; chuvas irregulares',
		ar: 'الجفاف; جفاف; قاحلة; الإجهاد المائي; عدم انتظام الأمطار',
		zh: '干旱; 旱灾; 干旱地区; 半干旱; 降雨不稳定'
	}),
	concept('stormwater-drainage', [CA, 'urban-planning'], {
		en: 'drainage; drains; drain; storm drains; stormwater; storm water; runoff; gutters; culverts; drainage channels; drain cleaning',
		fr: 'drainage; caniveaux; collecteurs; eaux pluviales; ruissellement; canaux de drainage; curage des caniveaux',
		es: 'drenaje; drenaje pluvial; desagües; alcantarillas; aguas pluviales; escorrentía; cunetas; canales de drenaje',
		pt: 'drenagem; drenagem urbana; bueiros; galerias pluviais; águas pluviais; escoamento; sarjetas; canais de drenagem',
		ar: 'تصريف مياه الأمطار; المصارف; مياه الأمطار; الجريان السطحي; قنوات التصريف; البالوعات',
		zh: '排水; 排水沟; 雨水; 径流; 排水渠; 雨水管网'
	}),
	concept('sponge-city', [CA, 'urban-planning', 'ecosystems-biodiversity'], {
		en: 'retention pond; retention ponds; detention basin; infiltration; permeable paving; permeable surfaces; green infrastructure; rain garden; nature-based solutions; absorb rainwater; sponge',
		fr: 'bassin de rétention; bassins de rétention; infiltration; revêtements perméables; infrastructure verte; jardins de pluie; solutions fondées sur la nature',
		es: 'lagunas de retención; estanques de retención; infiltración; pavimentos permeables; infraestructura verde; jardines de lluvia; soluciones basadas en la naturaleza',
		pt: 'lagos de retenção; bacias de detenção; piscinões; infiltração; pavimento permeável; infraestrutura verde; jardins de chuva; soluções baseadas na natureza',
		ar: 'برك الاحتجاز; أحواض الاحتجاز; التسرب; الأرصفة النفاذة; البنية التحتية الخضراء; الحلول القائمة على الطبيعة',
		zh: '海绵城市; 调蓄池; 透水铺装; 雨水花园; 绿色基础设施; 下渗; 基于自然的解决方案'
	}),
	concept('sea-level-rise', [CA, DRR], {
		en: 'sea level rise; sea-level rise; coastal erosion; coastline; coastal flooding; shoreline; saltwater intrusion; salinity; salinisation',
		fr: 'élévation du niveau de la mer; érosion côtière; littoral; côte; submersion marine; intrusion saline; salinisation',
		es: 'aumento del nivel del mar; erosión costera; costa; litoral; intrusión salina; salinización',
		pt: 'elevação do nível do mar; erosão costeira; litoral; costa; intrusão salina; salinização',
		ar: 'ارتفاع مستوى سطح البحر; تآكل السواحل; الساحل; تسرب المياه المالحة; الملوحة',
		zh: '海平面上升; 海岸侵蚀; 海岸线; 海水入侵; 盐碱化'
	}),
	concept('climate-plan', [CA, 'urban-planning'], {
		en: 'climate action plan; climate plan; heat action plan; adaptation plan; resilience strategy; climate strategy',
		fr: 'plan climat; plan d’adaptation; stratégie de résilience; plan d’action climat',
		es: 'plan de acción climática; plan climático; plan de adaptación; estrategia de resiliencia',
		pt: 'plano de ação climática; plano de adaptação; estratégia de resiliência',
		ar: 'خطة العمل المناخي; خطة التكيف; استراتيجية الصمود',
		zh: '气候行动计划; 适应计划; 韧性战略'
	}),
	concept('greenhouse-gas', [CA, 'renewable-energy'], {
		en: 'greenhouse gas; greenhouse gases; emissions reduction; carbon emissions; CO2; carbon; mitigation',
		fr: 'gaz à effet de serre; réduction des émissions; émissions de carbone; CO2; atténuation',
		es: 'gases de efecto invernadero; reducción de emisiones; emisiones de carbono; CO2; mitigación',
		pt: 'gases de efeito estufa; redução de emissões; emissões de carbono; CO2; mitigação',
		ar: 'غازات الاحتباس الحراري; خفض الانبعاثات; انبعاثات الكربون; التخفيف',
		zh: '温室气体; 减排; 碳排放; 二氧化碳; 低碳'
	}),
	concept('climate-smart-agriculture', [CA, 'agriculture-food-systems'], {
		en: 'climate-smart agriculture; drought-tolerant; drought-resistant varieties; water harvesting for crops; soil moisture; land degradation',
		fr: 'agriculture intelligente face au climat; variétés résistantes à la sécheresse; humidité du sol; dégradation des terres; terres dégradées',
		es: 'agricultura climáticamente inteligente; variedades tolerantes a la sequía; humedad del suelo; degradación de tierras',
		pt: 'agricultura climaticamente inteligente; variedades tolerantes à seca; umidade do solo; degradação da terra',
		ar: 'الزراعة الذكية مناخيا; أصناف مقاومة للجفاف; رطوبة التربة; تدهور الأراضي',
		zh: '气候智能型农业; 耐旱品种; 土壤墒情; 土地退化'
	}),
	concept('cooling-centres', [CA, 'public-health'], {
		en: 'cooling centres; cooling centers; drinking water points; heat shelters; vulnerable to heat; outdoor workers; working hours',
		fr: 'centres de rafraîchissement; lieux rafraîchis; travailleurs en plein air; horaires de travail',
		es: 'centros de enfriamiento; puntos de hidratación; trabajadores al aire libre; horarios de trabajo',
		pt: 'centros de resfriamento; trabalhadores ao ar livre; horário de trabalho',
		ar: 'مراكز التبريد; نقاط مياه الشرب; العمال في الهواء الطلق; ساعات العمل',
		zh: '避暑场所; 纳凉点; 户外劳动者; 错峰作业'
	}),
	concept('coastal-protection', [CA, 'ecosystems-biodiversity'], {
		en: 'coastal protection; seawall; sea walls; dikes; breakwater; beach nourishment; coastal defence',
		fr: 'protection côtière; digue; digues; brise-lames; défense côtière; rechargement de plage',
		es: 'protección costera; muro de contención; diques; rompeolas; defensa costera',
		pt: 'proteção costeira; muro de contenção; diques; quebra-mar; defesa costeira',
		ar: 'حماية السواحل; الحواجز البحرية; السدود البحرية; حواجز الأمواج',
		zh: '海岸防护; 海堤; 防波堤; 护岸'
	})
];
