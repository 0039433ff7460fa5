import { concept } from './concept.ts';

const EB = 'ecosystems-biodiversity' as const;
const ST = 'sustainable-tourism' as const;
const CH = 'cultural-heritage' as const;

/** Forests, wetlands, coasts, lakes and the services they give cities. */
export const ECOSYSTEMS_BIODIVERSITY = [
	concept('forest', [EB], {
		en: 'forest; forests; forestry; deforestation; reforestation; afforestation; tree planting; trees; woodland; logging',
		fr: 'forêt; forêts; déforestation; reboisement; reforestation; plantation d’arbres; arbres; exploitation forestière; bois',
		es: 'bosque; bosques; deforestación; reforestación; forestación; plantación de árboles; árboles; tala',
		pt: 'floresta; florestas; mata; desmatamento; reflorestamento; plantio de árvores; árvores; corte de árvores',
		ar: 'الغابات; غابات; إزالة الغابات; التشجير; إعادة التشجير; غرس الأشجار; الأشجار; قطع الأشجار',
		zh: '森林; 林业; 毁林; 植树造林; 造林; 植树; 树木; 砍伐'
	}),
	concept('community-forestry', [EB, 'local-economic-development'], {
		en: 'community forest; community forestry; forest user groups; forest management; forest protection; non-timber forest products',
		fr: 'forêt communautaire; foresterie communautaire; gestion forestière; gestion participative des forêts; produits forestiers non ligneux',
		es: 'bosque comunitario; manejo forestal comunitario; gestión forestal; protección de bosques; productos forestales no maderables',
		pt: 'floresta comunitária; manejo florestal comunitário; gestão florestal; proteção florestal; produtos florestais não madeireiros',
		ar: 'الغابات المجتمعية; إدارة الغابات; حماية الغابات; المنتجات الحرجية غير الخشبية',
		zh: '社区林业; 森林管理; 护林; 非木材林产品'
	}),
	concept('watershed', [EB, 'water-sanitation'], {
		en: 'watershed; catchment; upper catchment; headwaters; water source protection; source protection; páramo',
		fr: 'bassin versant; bassins versants; zone de captage; protection des sources; têtes de bassin',
		es: 'cuenca; cuenca alta; cuencas; zona de recarga; protección de fuentes; páramo; páramos; manantiales; nacimientos de agua',
		pt: 'bacia hidrográfica; bacias; mananciais; nascentes; recarga; proteção de mananciais',
		ar: 'مستجمعات المياه; حوض التغذية; منابع المياه; حماية المنابع; الينابيع',
		zh: '流域; 水源地; 水源保护; 集水区; 源头'
	}),
	concept('ecosystem-payments', [EB, 'finance-investment'], {
		en: 'payment for ecosystem services; payments for environmental services; ecosystem services; water fund; environmental fee; conservation fund; green levy',
		fr: 'paiement pour services environnementaux; services écosystémiques; fonds de l’eau; redevance environnementale; fonds de conservation',
		es: 'pago por servicios ambientales; pago por servicios ecosistémicos; servicios ecosistémicos; fondo de agua; tasa ambiental; fondo de conservación',
		pt: 'pagamento por serviços ambientais; serviços ecossistêmicos; fundo de água; taxa ambiental; produtor de água',
		ar: 'الدفع مقابل خدمات النظم البيئية; خدمات النظم البيئية; صندوق المياه; رسوم بيئية',
		zh: '生态补偿; 生态系统服务; 水基金; 生态服务付费; 环境税'
	}),
	concept('wetlands', [EB, 'climate-adaptation'], {
		en: 'wetland; wetlands; marsh; marshes; swamp; floodplain; lagoon; mangrove; mangroves',
		fr: 'zone humide; zones humides; marais; marécage; plaine inondable; lagune; mangrove; mangroves',
		es: 'humedal; humedales; pantano; ciénaga; llanura de inundación; laguna; manglar; manglares',
		pt: 'zona úmida; áreas úmidas; pântano; várzea; várzeas; lagoa; manguezal; mangue; manguezais',
		ar: 'الأراضي الرطبة; المستنقعات; السهول الفيضية; البحيرة; أشجار المانغروف; المانغروف',
		zh: '湿地; 沼泽; 河漫滩; 泻湖; 红树林'
	}),
	concept('protected-areas', [EB, ST], {
		en: 'protected area; protected areas; national park; national parks; nature reserve; conservation area; buffer zone; wildlife; poaching',
		fr: 'aire protégée; aires protégées; parc national; parcs nationaux; zone tampon; faune; braconnage',
		es: 'área protegida; áreas protegidas; parque nacional; parques nacionales; reserva natural; zona de amortiguamiento; fauna silvestre; caza furtiva',
		pt: 'área protegida; áreas protegidas; parque nacional; parques nacionais; reserva natural; unidade de conservação; zona de amortecimento; fauna; caça ilegal',
		ar: 'المحميات; محمية طبيعية; المحميات الطبيعية; المتنزه الوطني; الحياة البرية; الصيد الجائر',
		zh: '保护区; 自然保护区; 国家公园; 缓冲区; 野生动物; 偷猎'
	}),
	concept('biodiversity', [EB], {
		en: 'biodiversity; species; ecosystems; ecosystem; habitat; habitats; ecological restoration; restoration of ecosystems',
		fr: 'biodiversité; espèces; écosystèmes; écosystème; restauration écologique',
		es: 'biodiversidad; especies; ecosistemas; ecosistema; hábitat; restauración ecológica',
		pt: 'biodiversidade; espécies; ecossistemas; ecossistema; habitat; restauração ecológica',
		ar: 'التنوع البيولوجي; التنوع الحيوي; الأنواع; النظم البيئية; الموائل; الاستعادة البيئية',
		zh: '生物多样性; 物种; 生态系统; 栖息地; 生态修复'
	}),
	concept('fisheries-marine', [EB, 'agri-value-chains'], {
		en: 'fisheries; fish stocks; overfishing; marine; marine area; locally managed marine area; coral reef; reefs; fishing closures; coastal fisheries',
		fr: 'pêcheries; ressources halieutiques; surpêche; aire marine; récifs coralliens; fermeture temporaire de la pêche',
		es: 'pesquerías; recursos pesqueros; sobrepesca; área marina; arrecifes; vedas; veda',
		pt: 'pescarias; estoques pesqueiros; sobrepesca; área marinha; recifes de coral; defeso',
		ar: 'مصايد الأسماك; الثروة السمكية; الصيد الجائر للأسماك; المناطق البحرية; الشعاب المرجانية',
		zh: '渔业; 渔业资源; 过度捕捞; 海洋保护区; 珊瑚礁; 休渔'
	}),
	concept('water-body-pollution', [EB, 'water-sanitation'], {
		en: 'river pollution; lake pollution; water pollution; polluted river; eutrophication; algae; nutrient runoff; fertiliser runoff; black and odorous water; dredging',
		fr: 'pollution des rivières; pollution du lac; pollution de l’eau; eutrophisation; algues; rejets; curage',
		es: 'contaminación del río; contaminación del lago; contaminación del agua; eutrofización; algas; vertidos; dragado',
		pt: 'poluição do rio; poluição dos rios; poluição da água; eutrofização; algas; despejos; dragagem',
		ar: 'تلوث الأنهار; تلوث البحيرة; تلوث المياه; الطحالب; التخثث; الصرف في النهر',
		zh: '水污染; 河流污染; 黑臭水体; 富营养化; 藻类; 清淤; 截污'
	}),
	concept('invasive-species', [EB], {
		en: 'invasive species; invasive weed; aquatic weed; aquatic weeds; weed infestation; weeds',
		fr: 'espèce envahissante; espèces envahissantes; plante envahissante; plantes aquatiques envahissantes; mauvaises herbes',
		es: 'especie invasora; especies invasoras; maleza acuática; malezas; plantas invasoras',
		pt: 'espécie invasora; espécies invasoras; planta aquática invasora; plantas daninhas',
		ar: 'الأنواع الغازية; النباتات الغازية; الأعشاب الضارة; الحشائش المائية',
		zh: '入侵物种; 外来入侵; 水生杂草; 杂草'
	}),
	concept('lake', [EB], {
		en: 'lake; lakes; lakeshore; lagoon; shore; beach; beaches; bay',
		fr: 'lac; lacs; rives; plage; plages; baie',
		es: 'lago; lagos; orilla; playa; playas; bahía',
		pt: 'lago; lagos; orla; praia; praias; baía',
		ar: 'البحيرة; بحيرة; الشاطئ; الشواطئ; الخليج',
		zh: '湖; 湖泊; 湖岸; 海滩; 海湾'
	}),
	concept('green-belt', [EB, 'climate-adaptation'], {
		en: 'green belt; sand dunes; dune fixation; desertification; sand encroachment; windbreaks; land rehabilitation',
		fr: 'ceinture verte; dunes; fixation des dunes; désertification; ensablement; brise-vent',
		es: 'cinturón verde; dunas; fijación de dunas; desertificación; cortinas rompevientos',
		pt: 'cinturão verde; dunas; fixação de dunas; desertificação; quebra-ventos',
		ar: 'الحزام الأخضر; الكثبان الرملية; تثبيت الكثبان; التصحر; زحف الرمال; مصدات الرياح',
		zh: '绿化带; 防护林; 沙丘; 固沙; 荒漠化; 风沙'
	}),
	concept('urban-green-space', [EB, 'urban-planning'], {
		en: 'green space; green spaces; urban park; parks; urban forest; street trees; greening; linear park',
		fr: 'espaces verts; espace vert; parc urbain; parcs; forêt urbaine; végétalisation; parc linéaire',
		es: 'espacios verdes; área verde; áreas verdes; parque urbano; parques; arbolado urbano; parque lineal',
		pt: 'áreas verdes; espaços verdes; parque urbano; parques; arborização urbana; parque linear',
		ar: 'المساحات الخضراء; الحدائق العامة; المتنزهات; تشجير المدينة',
		zh: '绿地; 公园; 城市绿化; 城市森林; 带状公园'
	}),
	concept('extraction', [EB], {
		en: 'sand mining; quarrying; quarries; mining; artisanal mining; gravel extraction',
		fr: 'extraction de sable; carrières; exploitation minière; orpaillage; mines artisanales',
		es: 'extracción de arena; canteras; minería; minería artesanal; minería ilegal',
		pt: 'extração de areia; pedreiras; mineração; garimpo; mineração artesanal',
		ar: 'استخراج الرمال; المحاجر; التعدين; التعدين الحرفي',
		zh: '采砂; 采石场; 采矿; 手工采矿'
	}),
	concept('human-wildlife-conflict', [EB, 'agriculture-food-systems'], {
		en: 'human-wildlife conflict; crop raiding; elephants; predators; livestock losses to wildlife',
		fr: 'conflits homme-faune; dégâts des éléphants; éléphants; prédateurs',
		es: 'conflicto humano-fauna; daños por fauna; elefantes; depredadores',
		pt: 'conflito humano-fauna; danos por animais silvestres; elefantes; predadores',
		ar: 'النزاع بين الإنسان والحياة البرية; الفيلة; الحيوانات المفترسة',
		zh: '人兽冲突; 野生动物肇事; 大象; 野生动物损害'
	})
];

/** Tourism that benefits the places and people visited. */
export const SUSTAINABLE_TOURISM = [
	concept('tourism', [ST], {
		en: 'tourism; tourist; tourists; visitors; visitor; travellers; tour operators; tourism sector; tourist sites',
		fr: 'tourisme; touriste; touristes; visiteurs; voyageurs; voyagistes; opérateurs touristiques; sites touristiques',
		es: 'turismo; turista; turistas; visitantes; viajeros; operadores turísticos; atractivos turísticos',
		pt: 'turismo; turista; turistas; visitantes; viajantes; operadoras de turismo; atrativos turísticos',
		ar: 'السياحة; السياح; سياحية; الزوار; الزائرين; منظمي الرحلات; المواقع السياحية',
		zh: '旅游; 游客; 旅游业; 景区; 旅行社'
	}),
	concept('community-tourism', [ST, 'local-economic-development'], {
		en: 'community-based tourism; community tourism; village tourism; rural tourism; homestay; homestays; local guides; guided tours; treks',
		fr: 'tourisme communautaire; tourisme villageois; tourisme rural; hébergement chez l’habitant; gîtes; guides locaux; randonnées; visites guidées',
		es: 'turismo comunitario; turismo rural comunitario; turismo vivencial; hospedaje familiar; guías locales; caminatas; visitas guiadas',
		pt: 'turismo de base comunitária; turismo comunitário; turismo rural; hospedagem domiciliar; guias locais; trilhas; visitas guiadas',
		ar: 'السياحة المجتمعية; السياحة الريفية; الإقامة لدى السكان; المرشدين المحليين; الجولات المصحوبة بمرشدين',
		zh: '社区旅游; 乡村旅游; 民宿; 当地向导; 徒步'
	}),
	concept('ecotourism', [ST, EB], {
		en: 'ecotourism; nature tourism; wildlife tourism; eco-lodge; safari',
		fr: 'écotourisme; tourisme de nature; écolodge; safari',
		es: 'ecoturismo; turismo de naturaleza; ecolodge; avistamiento',
		pt: 'ecoturismo; turismo de natureza; ecolodge',
		ar: 'السياحة البيئية; سياحة الطبيعة; رحلات السفاري',
		zh: '生态旅游; 自然旅游'
	}),
	concept('tourism-benefit-sharing', [ST, 'local-economic-development'], {
		en: 'benefit sharing; revenue sharing; tourism revenue; tourism income; share of revenue; income for villages; fair share',
		fr: 'partage des bénéfices; partage des revenus; recettes touristiques; retombées économiques; revenus du tourisme',
		es: 'distribución de beneficios; reparto de ingresos; ingresos del turismo; ingresos turísticos; beneficios para las comunidades',
		pt: 'repartição de benefícios; partilha de receitas; receitas do turismo; renda do turismo',
		ar: 'تقاسم المنافع; تقاسم العائدات; عائدات السياحة; دخل السياحة',
		zh: '利益共享; 收益分享; 旅游收入'
	}),
	concept('visitor-management', [ST, CH], {
		en: 'visitor management; carrying capacity; entry fee; entrance fees; ticketing; visitor flows; overtourism; visitor limits',
		fr: 'gestion des visiteurs; capacité de charge; droit d’entrée; billetterie; flux de visiteurs; surtourisme',
		es: 'gestión de visitantes; capacidad de carga; tarifa de ingreso; boletería; flujo de visitantes; sobreturismo',
		pt: 'gestão de visitantes; capacidade de carga; ingresso; bilheteria; fluxo de visitantes; voucher',
		ar: 'إدارة الزوار; القدرة الاستيعابية; رسوم الدخول; تذاكر الدخول',
		zh: '游客管理; 承载量; 门票; 客流; 限流'
	}),
	concept('accommodation', [ST], {
		en: 'hotel; hotels; lodge; lodges; guesthouse; guesthouses; accommodation; hospitality',
		fr: 'hôtel; hôtels; lodge; auberge; maison d’hôtes; hébergement; hôtellerie',
		es: 'hotel; hoteles; hostal; hospedaje; alojamiento; hotelería',
		pt: 'hotel; hotéis; pousada; pousadas; hospedagem; alojamento; hotelaria',
		ar: 'الفنادق; فندق; النزل; دور الضيافة; الإيواء السياحي',
		zh: '酒店; 宾馆; 客栈; 住宿'
	}),
	concept('tourism-marketing', [ST], {
		en: 'tourism marketing; destination; destination marketing; tour packages; promotion of the destination; booking',
		fr: 'promotion touristique; destination; commercialisation touristique; circuits; réservation',
		es: 'promoción turística; destino; destino turístico; paquetes turísticos; circuitos; reservas',
		pt: 'promoção turística; destino; destino turístico; pacotes turísticos; roteiros; reservas',
		ar: 'التسويق السياحي; الوجهة السياحية; الترويج السياحي; الحجز',
		zh: '旅游营销; 旅游目的地; 旅游线路; 预订'
	}),
	concept('destination-management', [ST, 'urban-planning'], {
		en: 'destination management; tourism planning; tourism strategy; tourism office; visitor centre; tourist information; signage for visitors',
		fr: 'gestion de destination; planification touristique; stratégie touristique; office de tourisme; centre d’accueil des visiteurs; signalétique',
		es: 'gestión de destinos; planificación turística; estrategia turística; oficina de turismo; centro de visitantes; señalización turística',
		pt: 'gestão de destinos; planejamento turístico; estratégia de turismo; centro de atendimento ao turista; sinalização turística',
		ar: 'إدارة الوجهات السياحية; التخطيط السياحي; الاستراتيجية السياحية; مكتب السياحة; مركز الزوار',
		zh: '目的地管理; 旅游规划; 旅游战略; 游客中心; 旅游标识'
	}),
	concept('tourism-jobs', [ST, 'local-economic-development'], {
		en: 'tourism jobs; tourism employment; guide training; tourism businesses; tourism enterprises; souvenirs; tourism value chain',
		fr: 'emplois touristiques; formation des guides; entreprises touristiques; souvenirs; accompagnateurs',
		es: 'formación de guías; emprendimientos turísticos; empresas turísticas; recuerdos',
		pt: 'empregos no turismo; formação de guias; empreendimentos turísticos; empresas de turismo; lembranças',
		ar: 'فرص العمل السياحية; تدريب المرشدين السياحيين; المشاريع السياحية; التذكارات',
		zh: '旅游就业; 导游培训; 旅游企业; 纪念品'
	}),
	concept('coastal-tourism', [ST], {
		en: 'beach tourism; coastal tourism; diving; cruise; marine tourism; resort; resorts',
		fr: 'tourisme balnéaire; tourisme côtier; plongée; croisière; station balnéaire',
		es: 'turismo de playa; turismo costero; buceo; cruceros; balneario; complejo turístico',
		pt: 'turismo de praia; turismo costeiro; mergulho; cruzeiros; balneário; resort',
		ar: 'السياحة الشاطئية; السياحة الساحلية; الغوص; الرحلات البحرية; المنتجعات',
		zh: '海滨旅游; 滨海旅游; 潜水; 邮轮; 度假村'
	})
];

/** Historic centres, monuments, crafts and living traditions. */
export const CULTURAL_HERITAGE = [
	concept('heritage', [CH], {
		en: 'heritage; cultural heritage; world heritage; heritage site; heritage conservation; heritage protection; listed buildings',
		fr: 'patrimoine; patrimoine culturel; patrimoine mondial; site patrimonial; protection du patrimoine; monuments classés',
		es: 'patrimonio; patrimonio cultural; patrimonio mundial; sitio patrimonial; conservación del patrimonio; bienes patrimoniales',
		pt: 'patrimônio; património; patrimônio cultural; patrimônio mundial; bens tombados; tombamento; preservação do patrimônio',
		ar: 'التراث; التراث الثقافي; التراث العالمي; موقع تراثي; حماية التراث; المباني التاريخية',
		zh: '遗产; 文化遗产; 世界遗产; 文物保护; 历史建筑'
	}),
	concept('historic-centre', [CH, 'urban-planning'], {
		en: 'historic centre; historic center; medina; historic district; historic quarter; colonial centre',
		fr: 'centre historique; vieille ville; médina; quartier historique; centre ancien; ville ancienne',
		es: 'centro histórico; casco histórico; casco antiguo; ciudad vieja; barrio histórico; centro colonial',
		pt: 'centro histórico; cidade velha; núcleo histórico; bairro histórico; sítio histórico',
		ar: 'المدينة القديمة; المدينة العتيقة; المركز التاريخي; الحي التاريخي; البلدة القديمة',
		zh: '历史城区; 老城; 古城; 历史街区; 老城区'
	}),
	concept('restoration', [CH], {
		en: 'restoration; restore; restored; rehabilitation of buildings; conservation works; adaptive reuse; renovation; repair of old buildings',
		fr: 'restauration; restaurer; restauré; réhabilitation; travaux de conservation; réutilisation adaptative; rénovation',
		es: 'restauración; restaurar; restaurado; rehabilitación; puesta en valor; reutilización adaptativa; renovación',
		pt: 'restauração; restauro; restaurar; reabilitação; requalificação; recuperação de imóveis; reuso adaptativo; revitalização',
		ar: 'الترميم; ترميم; إعادة التأهيل; إعادة الاستخدام التكيفي; التجديد',
		zh: '修复; 修缮; 保护修缮; 活化利用; 翻新'
	}),
	concept('historic-buildings', [CH, 'housing-informal-settlements'], {
		en: 'historic buildings; colonial houses; mansions; dilapidated buildings; derelict buildings; crumbling buildings; abandoned buildings; vacant buildings',
		fr: 'bâtiments historiques; maisons anciennes; demeures; bâtiments vétustes; bâtiments délabrés; immeubles abandonnés; immeubles vacants',
		es: 'edificios históricos; casas antiguas; casas coloniales; inmuebles deteriorados; edificios abandonados; inmuebles vacíos; tugurización',
		pt: 'edifícios históricos; casarões; casas antigas; sobrados; imóveis degradados; imóveis abandonados; imóveis vazios; cortiços',
		ar: 'المباني القديمة; المنازل القديمة; المباني المتهالكة; المباني المهجورة; الدور القديمة',
		zh: '老房子; 古建筑; 老建筑; 危旧房; 空置房屋'
	}),
	concept('monuments', [CH], {
		en: 'monument; monuments; temple; temples; mosque; mosques; mausoleum; shrine; palace; fort; archaeological site',
		fr: 'monument; monuments; temple; temples; mosquée; mosquées; mausolée; mausolées; palais; fort; site archéologique',
		es: 'monumento; monumentos; templo; templos; mezquita; iglesia; mausoleo; palacio; fortaleza; sitio arqueológico',
		pt: 'monumento; monumentos; templo; templos; mesquita; igreja; mausoléu; palácio; fortaleza; sítio arqueológico',
		ar: 'المعالم; معلم تاريخي; الآثار; المساجد; مسجد; الأضرحة; ضريح; القصر; القلعة; موقع أثري',
		zh: '古迹; 文物; 寺庙; 清真寺; 陵墓; 宫殿; 遗址'
	}),
	concept('traditional-building', [CH], {
		en: 'traditional building techniques; traditional construction; earthen architecture; earth buildings; mud brick; adobe; masons guild; traditional craftsmen',
		fr: 'techniques de construction traditionnelles; architecture de terre; banco; pisé; adobe; corporation des maçons; maçons traditionnels',
		es: 'técnicas constructivas tradicionales; arquitectura de tierra; adobe; tapial; bahareque; maestros de obra tradicionales',
		pt: 'técnicas construtivas tradicionais; arquitetura de terra; adobe; taipa; pau a pique; mestres de obras',
		ar: 'تقنيات البناء التقليدية; العمارة الطينية; الطوب اللبن; البناء بالطين; المعلمين التقليديين',
		zh: '传统建造技艺; 生土建筑; 土坯; 夯土; 传统工匠'
	}),
	concept('crafts', [CH, 'local-economic-development'], {
		en: 'crafts; handicrafts; handicraft; artisans; artisan; craftspeople; craft village; weaving; pottery',
		fr: 'artisanat; artisans; artisan; artisanat d’art; village artisanal; tissage; poterie',
		es: 'artesanía; artesanías; artesanos; artesanas; artesano; tejido; cerámica; alfarería',
		pt: 'artesanato; artesãos; artesãs; artesão; tecelagem; cerâmica; olaria',
		ar: 'الصناعات التقليدية; الحرف اليدوية; الحرفيين; الحرفيات; الصناعة التقليدية; النسيج; الفخار',
		zh: '手工艺; 工艺品; 手工艺人; 工匠; 编织; 陶艺'
	}),
	concept('living-culture', [CH, ST], {
		en: 'culture; cultural; music; dance; festival; festivals; traditions; storytelling; intangible heritage; gastronomy',
		fr: 'culture; culturel; culturelles; spectacles culturels; musique; danse; festival; festivals; traditions; patrimoine immatériel; gastronomie',
		es: 'cultura; cultural; culturales; presentaciones culturales; música; danza; festival; fiestas; tradiciones; patrimonio inmaterial; gastronomía',
		pt: 'cultura; cultural; culturais; apresentações culturais; música; dança; festival; festas; tradições; patrimônio imaterial; gastronomia',
		ar: 'الثقافة; ثقافية; الثقافية; العروض الثقافية; الموسيقى; الرقص; المهرجان; المهرجانات; التقاليد; التراث غير المادي',
		zh: '文化; 文化活动; 音乐; 舞蹈; 节庆; 传统; 非物质文化遗产; 美食'
	}),
	concept('heritage-documentation', [CH, 'digital-government'], {
		en: 'heritage inventory; documentation of monuments; photogrammetry; 3D scanning; architectural survey; heritage register',
		fr: 'inventaire du patrimoine; documentation des monuments; photogrammétrie; relevé architectural',
		es: 'inventario del patrimonio; documentación del patrimonio; fotogrametría; levantamiento arquitectónico',
		pt: 'inventário do patrimônio; documentação do patrimônio; fotogrametria; levantamento arquitetônico',
		ar: 'جرد التراث; توثيق المعالم; المسح المعماري; التصوير المساحي',
		zh: '文物普查; 遗产档案; 摄影测量; 三维扫描'
	}),
	concept('heritage-rules', [CH, 'urban-planning'], {
		en: 'heritage regulations; conservation rules; heritage listing; protected buildings; restrictions on alterations; heritage permits',
		fr: 'réglementation patrimoniale; règles de conservation; servitudes patrimoniales; secteur sauvegardé; plan de sauvegarde',
		es: 'normativa patrimonial; normas de conservación; declaratoria patrimonial; restricciones patrimoniales',
		pt: 'normas de preservação; legislação patrimonial; restrições de tombamento; regras de conservação',
		ar: 'قوانين حماية التراث; اللوائح التراثية; قيود الترميم',
		zh: '保护规划; 文物保护法规; 保护条例'
	}),
	concept('museum', [CH, ST], {
		en: 'museum; museums; collections; exhibition; exhibitions; cultural centre; library; libraries',
		fr: 'musée; musées; collections; exposition; expositions; centre culturel; bibliothèque; bibliothèques',
		es: 'museo; museos; colecciones; exposición; exposiciones; centro cultural; biblioteca; bibliotecas',
		pt: 'museu; museus; acervo; coleções; exposição; exposições; centro cultural; biblioteca; bibliotecas',
		ar: 'المتحف; المتاحف; المعارض; المركز الثقافي; المكتبة; المكتبات',
		zh: '博物馆; 藏品; 展览; 文化中心; 图书馆'
	}),
	concept('creative-economy', [CH, 'local-economic-development'], {
		en: 'creative economy; creative industries; cultural industries; fashion; film; artists; arts',
		fr: 'économie créative; industries créatives; industries culturelles; mode; cinéma; artistes; arts',
		es: 'economía creativa; economía naranja; industrias creativas; industrias culturales; moda; cine; artistas; artes',
		pt: 'economia criativa; indústrias criativas; indústrias culturais; moda; cinema; artistas; artes',
		ar: 'الاقتصاد الإبداعي; الصناعات الإبداعية; الصناعات الثقافية; الأزياء; السينما; الفنانين; الفنون',
		zh: '创意经济; 文化创意产业; 文化产业; 时装; 电影; 艺术家; 艺术'
	})
];
