import { concept } from './concept.ts';

const PH = 'public-health' as const;
const ED = 'education-skills' as const;

/** Primary care, communicable diseases, maternal and mental health, emergency care. */
export const PUBLIC_HEALTH = [
	concept('health-services', [PH], {
		en: 'health; health care; healthcare; health services; health centre; health center; clinic; clinics; health facility; health facilities; primary health care',
		fr: 'santé; soins de santé; services de santé; centre de santé; centres de santé; dispensaire; clinique; formation sanitaire; soins primaires',
		es: 'salud; atención de salud; servicios de salud; centro de salud; centros de salud; posta; clínica; establecimientos de salud; atención primaria',
		pt: 'saúde; cuidados de saúde; serviços de saúde; centro de saúde; posto de saúde; unidade básica de saúde; clínica; atenção primária',
		ar: 'الصحة; الرعاية الصحية; الخدمات الصحية; المركز الصحي; المراكز الصحية; العيادة; المستوصف; الرعاية الأولية',
		zh: '卫生; 医疗; 卫生服务; 卫生院; 诊所; 卫生室; 初级卫生保健'
	}),
	concept('hospital', [PH], {
		en: 'hospital; hospitals; hospital admissions; patients; patient',
		fr: 'hôpital; hôpitaux; hospitalisations; patients; malades',
		es: 'hospital; hospitales; hospitalizaciones; pacientes',
		pt: 'hospital; hospitais; internações; pacientes',
		ar: 'المستشفى; المستشفيات; مستشفى; المرضى',
		zh: '医院; 住院; 病人; 患者'
	}),
	concept('community-health-workers', [PH], {
		en: 'community health worker; community health workers; health extension workers; lay health workers; village health volunteers; health volunteers; home visits',
		fr: 'agent de santé communautaire; agents de santé communautaire; relais communautaires; volontaires de santé; visites à domicile',
		es: 'agente comunitario de salud; agentes comunitarios; promotores de salud; promotoras de salud; visitas domiciliarias',
		pt: 'agente comunitário de saúde; agentes comunitários de saúde; visitas domiciliares',
		ar: 'العاملين الصحيين المجتمعيين; العاملات الصحيات; المتطوعين الصحيين; الزيارات المنزلية',
		zh: '社区卫生工作者; 乡村医生; 健康志愿者; 入户随访'
	}),
	concept('mosquito-borne-disease', [PH], {
		en: 'dengue; malaria; zika; chikungunya; mosquito; mosquitoes; aedes; vector control; larvae; breeding sites; bed nets; mosquito nets; fogging; larviciding',
		fr: 'dengue; paludisme; malaria; zika; chikungunya; moustique; moustiques; lutte antivectorielle; larves; gîtes larvaires; moustiquaires; pulvérisation',
		es: 'dengue; malaria; paludismo; zika; chikungunya; mosquito; mosquitos; zancudo; zancudos; control vectorial; larvas; criaderos; mosquiteros; fumigación',
		pt: 'dengue; malária; zika; chikungunya; mosquito; mosquitos; aedes; controle vetorial; larvas; criadouros; mosquiteiros; fumacê',
		ar: 'حمى الضنك; الضنك; الملاريا; زيكا; البعوض; بعوض; مكافحة النواقل; اليرقات; أماكن التكاثر; الناموسيات; الرش',
		zh: '登革热; 疟疾; 寨卡; 蚊子; 蚊虫; 伊蚊; 病媒控制; 幼虫; 孳生地; 蚊帐; 喷洒'
	}),
	concept('waterborne-disease', [PH, 'water-sanitation'], {
		en: 'cholera; diarrhoea; diarrhea; diarrhoeal disease; typhoid; waterborne diseases; oral rehydration; dysentery',
		fr: 'choléra; diarrhée; diarrhées; maladies diarrhéiques; typhoïde; maladies hydriques; réhydratation orale',
		es: 'cólera; diarrea; diarreas; enfermedades diarreicas; tifoidea; enfermedades hídricas; rehidratación oral',
		pt: 'cólera; diarreia; diarreias; doenças diarreicas; febre tifoide; doenças de veiculação hídrica; reidratação oral',
		ar: 'الكوليرا; الإسهال; الإسهالات; التيفوئيد; الأمراض المنقولة بالمياه; الإماهة الفموية',
		zh: '霍乱; 腹泻; 伤寒; 介水传染病; 口服补液'
	}),
	concept('epidemic-surveillance', [PH, 'digital-government'], {
		en: 'disease surveillance; surveillance; outbreak; outbreaks; epidemic; epidemics; contact tracing; hotspots',
		fr: 'surveillance épidémiologique; surveillance; flambée; flambées; épidémie; épidémies; riposte; foyers',
		es: 'vigilancia epidemiológica; vigilancia; brote; brotes; epidemia; epidemias; focos',
		pt: 'vigilância epidemiológica; vigilância; surto; surtos; epidemia; epidemias; focos',
		ar: 'الترصد الوبائي; الرصد الوبائي; تفشي; الأوبئة; وباء; البؤر',
		zh: '疾病监测; 监测; 疫情; 暴发; 流行病; 病例; 热点'
	}),
	concept('maternal-health', [PH, 'gender-equality'], {
		en: 'maternal health; pregnant women; pregnancy; antenatal care; prenatal care; childbirth; midwives; maternity; maternal mortality; newborn',
		fr: 'santé maternelle; femmes enceintes; grossesse; consultations prénatales; accouchement; sages-femmes; maternité; mortalité maternelle',
		es: 'salud materna; embarazadas; embarazo; control prenatal; parto; partos; parteras; maternidad; mortalidad materna; recién nacidos',
		pt: 'saúde materna; gestantes; grávidas; gravidez; pré-natal; parto; partos; parteiras; maternidade; mortalidade materna; recém-nascidos',
		ar: 'صحة الأم; الحوامل; الحمل; رعاية ما قبل الولادة; الولادة; القابلات; وفيات الأمهات; حديثي الولادة',
		zh: '孕产妇; 孕妇; 产前检查; 分娩; 助产士; 孕产妇死亡; 新生儿'
	}),
	concept('child-health', [PH], {
		en: 'child health; vaccination; immunisation; immunization; vaccines; child mortality; infant',
		fr: 'santé infantile; vaccination; vaccins; enfants de moins de cinq ans; mortalité infantile; nourrissons',
		es: 'salud infantil; vacunación; inmunización; vacunas; menores de cinco años; mortalidad infantil; lactantes',
		pt: 'saúde infantil; vacinação; imunização; vacinas; menores de cinco anos; mortalidade infantil; lactentes',
		ar: 'صحة الطفل; التطعيم; اللقاحات; التحصين; وفيات الأطفال; الرضع',
		zh: '儿童健康; 疫苗接种; 免疫接种; 疫苗; 婴儿死亡; 婴幼儿'
	}),
	concept('mental-health', [PH], {
		en: 'mental health; depression; anxiety; psychosocial support; counselling; therapy; trauma',
		fr: 'santé mentale; dépression; anxiété; soutien psychosocial; thérapie; traumatisme',
		es: 'salud mental; depresión; ansiedad; apoyo psicosocial; terapia; trauma',
		pt: 'saúde mental; depressão; ansiedade; apoio psicossocial; terapia; trauma',
		ar: 'الصحة النفسية; الاكتئاب; القلق; الدعم النفسي الاجتماعي; العلاج النفسي; الصدمات',
		zh: '心理健康; 抑郁症; 焦虑; 心理支持; 心理咨询'
	}),
	concept('emergency-care', [PH], {
		en: 'ambulance; ambulances; emergency medical services; emergency care; referral; dispatch; hotline',
		fr: 'ambulance; ambulances; urgences médicales; soins d’urgence; évacuation sanitaire; référence; numéro d’urgence',
		es: '=ambulancia; =ambulancias; atención de emergencias; urgencias; referencia; despacho; número de emergencia',
		pt: '=ambulância; =ambulâncias; atendimento de urgência; SAMU; regulação; número de emergência',
		ar: 'الإسعاف; سيارات الإسعاف; خدمات الطوارئ الطبية; الإحالة; رقم الطوارئ',
		zh: '救护车; 急救; 院前急救; 急救中心; 转诊'
	}),
	concept('food-safety', [PH, 'local-economic-development'], {
		en: 'food safety; food hygiene; street food; food vendors; food handlers; food poisoning; contaminated food',
		fr: 'sécurité sanitaire des aliments; hygiène alimentaire; alimentation de rue; vendeurs d’aliments; intoxication alimentaire',
		es: 'inocuidad alimentaria; higiene de los alimentos; comida callejera; vendedores de comida; manipuladores de alimentos; intoxicación alimentaria',
		pt: 'segurança dos alimentos; higiene alimentar; comida de rua; vendedores de alimentos; manipuladores de alimentos; intoxicação alimentar',
		ar: 'سلامة الغذاء; النظافة الغذائية; أطعمة الشوارع; باعة الأطعمة; التسمم الغذائي',
		zh: '食品安全; 食品卫生; 街头食品; 食品摊贩; 食物中毒'
	}),
	concept('deaths-illness', [PH], {
		en: 'deaths; death; mortality; illness; diseases; disease; sick; morbidity; died',
		fr: 'décès; mortalité; maladie; maladies; malades; morbidité; morts',
		es: 'muertes; defunciones; mortalidad; enfermedad; enfermedades; enfermos; morbilidad; fallecidos',
		pt: 'mortes; óbitos; mortalidade; doença; doenças; doentes; morbidade',
		ar: 'الوفيات; وفاة; الأمراض; المرض; مرض; المراضة',
		zh: '死亡; 疾病; 患病; 发病率'
	}),
	concept('infectious-disease', [PH], {
		en: 'HIV; AIDS; tuberculosis; TB; infectious diseases; infection; infections; testing and treatment',
		fr: 'VIH; sida; tuberculose; maladies infectieuses; infection; infections; dépistage',
		es: 'VIH; sida; tuberculosis; enfermedades infecciosas; infección; infecciones; tamizaje',
		pt: 'HIV; aids; tuberculose; doenças infecciosas; infecção; infecções; testagem',
		ar: 'فيروس نقص المناعة; الإيدز; السل; الأمراض المعدية; العدوى; الفحص',
		zh: '艾滋病; 结核病; 传染病; 感染; 检测'
	}),
	concept('noncommunicable-disease', [PH], {
		en: 'noncommunicable diseases; non-communicable diseases; diabetes; hypertension; high blood pressure; obesity; cancer; heart disease; tobacco; smoking',
		fr: 'maladies non transmissibles; diabète; hypertension; obésité; cancer; maladies cardiovasculaires; tabac; tabagisme',
		es: 'enfermedades no transmisibles; diabetes; hipertensión; obesidad; cáncer; enfermedades cardiovasculares; tabaco; tabaquismo',
		pt: 'doenças não transmissíveis; diabetes; hipertensão; obesidade; câncer; cancro; doenças cardiovasculares; tabaco; tabagismo',
		ar: 'الأمراض غير المعدية; السكري; ارتفاع ضغط الدم; السمنة; السرطان; أمراض القلب; التبغ; التدخين',
		zh: '慢性病; 非传染性疾病; 糖尿病; 高血压; 肥胖; 癌症; 心脏病; 吸烟'
	}),
	concept('reproductive-health', [PH, 'gender-equality'], {
		en: 'family planning; contraception; contraceptives; reproductive health; sexual and reproductive health; teenage pregnancy',
		fr: 'planification familiale; contraception; contraceptifs; santé reproductive; santé sexuelle et reproductive; grossesses précoces',
		es: 'planificación familiar; anticoncepción; anticonceptivos; salud reproductiva; salud sexual y reproductiva; embarazo adolescente',
		pt: 'planejamento familiar; contracepção; anticoncepcionais; saúde reprodutiva; saúde sexual e reprodutiva; gravidez na adolescência',
		ar: 'تنظيم الأسرة; وسائل منع الحمل; الصحة الإنجابية; الصحة الجنسية والإنجابية; حمل المراهقات',
		zh: '计划生育; 避孕; 生殖健康; 性与生殖健康; 少女怀孕'
	}),
	concept('medicines', [PH], {
		en: 'medicines; drugs; essential medicines; pharmacy; pharmacies; drug supply; stock-outs; medical supplies',
		fr: 'médicaments; médicaments essentiels; pharmacie; pharmacies; approvisionnement en médicaments; ruptures de stock',
		es: 'medicamentos; medicinas; medicamentos esenciales; farmacia; farmacias; abastecimiento de medicamentos; desabastecimiento',
		pt: 'medicamentos; remédios; medicamentos essenciais; farmácia; farmácias; abastecimento de medicamentos',
		ar: 'الأدوية; الأدوية الأساسية; الصيدلية; الصيدليات; الإمدادات الطبية; نفاد المخزون',
		zh: '药品; 基本药物; 药房; 药店; 药品供应; 断货'
	}),
	concept('telemedicine', [PH, 'digital-government'], {
		en: 'telemedicine; telehealth; mHealth; mobile health; health information system; electronic health records; health messages',
		fr: 'télémédecine; télésanté; santé mobile; système d’information sanitaire; dossier médical électronique',
		es: 'telemedicina; telesalud; salud móvil; sistema de información en salud; historia clínica electrónica',
		pt: 'telemedicina; telessaúde; saúde móvel; sistema de informação em saúde; prontuário eletrônico',
		ar: 'الصحة الإلكترونية; الصحة المحمولة; نظام المعلومات الصحية; السجلات الصحية الإلكترونية',
		zh: '远程医疗; 移动医疗; 互联网医疗; 卫生信息系统; 电子病历'
	})
];

/** Schools, learning, skills for work. */
export const EDUCATION_SKILLS = [
	concept('school', [ED], {
		en: 'school; schools; primary school; primary schools; secondary school; pupils; students; classroom; classrooms; class; grade',
		fr: 'école; écoles; école primaire; collège; lycée; élèves; classe; classes; salle de classe',
		es: 'escuela; escuelas; colegio; colegios; escuela primaria; alumnos; =estudiantes; aula; aulas; grado',
		pt: 'escola; escolas; escola primária; ensino fundamental; alunos; =estudantes; sala de aula; salas de aula; série',
		ar: 'المدرسة; المدارس; مدرسة; مدارس; المدارس الابتدائية; التلاميذ; الطلاب; الفصول; الفصل الدراسي',
		zh: '学校; 小学; 中学; 学生; 教室; 班级; 年级'
	}),
	concept('teachers', [ED], {
		en: 'teacher; teachers; teaching; teacher training; pedagogy; instruction; tutors; tutoring',
		fr: 'enseignant; enseignants; instituteurs; enseignement; formation des enseignants; pédagogie; tuteurs; tutorat',
		es: 'docente; docentes; maestro; maestros; profesores; enseñanza; formación docente; pedagogía; tutores; tutorías',
		pt: 'professor; professores; docentes; ensino; formação de professores; pedagogia; tutores; tutoria',
		ar: 'المعلمين; المعلمون; المدرسين; التدريس; تدريب المعلمين; التعليم; المعلمات',
		zh: '教师; 老师; 教学; 教师培训; 辅导'
	}),
	concept('foundational-learning', [ED], {
		en: 'literacy; reading; read; numeracy; arithmetic; basic skills; learning levels; learning outcomes; foundational learning',
		fr: 'alphabétisation; lecture; lire; calcul; numératie; compétences de base; niveaux d’apprentissage; acquis scolaires; apprentissages fondamentaux',
		es: 'alfabetización; lectura; leer; lectoescritura; aritmética; matemáticas básicas; habilidades básicas; niveles de aprendizaje; aprendizajes',
		pt: 'alfabetização; leitura; ler; matemática básica; aritmética; habilidades básicas; níveis de aprendizagem; aprendizagem',
		ar: 'محو الأمية; القراءة; الكتابة; الحساب; المهارات الأساسية; مستويات التعلم; مخرجات التعلم',
		zh: '识字; 扫盲; 阅读; 算术; 基础技能; 学习水平; 学习成果'
	}),
	concept('remedial-learning', [ED], {
		en: 'remedial; remedial classes; learning gaps; teaching at the right level; accelerated learning; learning camps',
		fr: 'remédiation; rattrapage; cours de rattrapage; retard scolaire; regroupement par niveau; apprentissage accéléré',
		es: '=nivelación; reforzamiento; clases de recuperación; rezago escolar; agrupación por nivel; aprendizaje acelerado',
		pt: 'reforço escolar; recuperação; aulas de reforço; defasagem; agrupamento por nível; aceleração da aprendizagem',
		ar: 'التعليم العلاجي; دروس التقوية; الدعم المدرسي; التأخر الدراسي; التجميع حسب المستوى',
		zh: '补习; 补课; 分层教学; 学习差距; 加速学习'
	}),
	concept('vocational-training', [ED, 'local-economic-development'], {
		en: 'vocational training; technical and vocational; TVET; apprenticeship; apprenticeships; dual training; skills training; job training; bootcamp; internships; trades',
		fr: 'formation professionnelle; enseignement technique; apprentissage; apprentis; formation en alternance; formation qualifiante; stages; métiers',
		es: 'formación profesional; formación técnica; educación técnica; aprendices; formación dual; capacitación laboral; pasantías; oficios',
		pt: 'formação profissional; ensino técnico; educação profissional; aprendizagem profissional; aprendizes; formação dual; qualificação profissional; estágios; ofícios',
		ar: 'التدريب المهني; التعليم التقني; التعليم المهني; التلمذة المهنية; التكوين المهني; التدريب على المهارات; التدريب الداخلي',
		zh: '职业培训; 职业教育; 技能培训; 学徒; 学徒制; 实习; 双元制'
	}),
	concept('training', [], {
		en: 'training; trained; capacity building; workshops; courses; coaching; mentoring',
		fr: 'formation; formés; renforcement des capacités; ateliers; cours; accompagnement; mentorat',
		es: 'capacitación; formación; capacitados; fortalecimiento de capacidades; talleres; cursos; acompañamiento; mentoría',
		pt: 'capacitação; formação; treinamento; capacitados; fortalecimento de capacidades; oficinas; cursos; mentoria',
		ar: 'التدريب; تدريب; بناء القدرات; ورش العمل; الدورات; التوجيه',
		zh: '培训; 能力建设; 讲习班; 课程; 辅导'
	}),
	concept('early-childhood', [ED, 'gender-equality'], {
		en: 'preschool; pre-school; kindergarten; nursery; childcare; child care; daycare; crèche',
		fr: 'petite enfance; préscolaire; maternelle; jardin d’enfants; garde d’enfants; crèche; crèches',
		es: 'preescolar; jardín infantil; guardería; guarderías; cuidado infantil; estancias infantiles',
		pt: 'pré-escola; educação infantil; creche; creches; cuidado infantil',
		ar: 'الطفولة المبكرة; رياض الأطفال; الحضانة; دور الحضانة; رعاية الأطفال',
		zh: '学前教育; 幼儿园; 托儿所; 托育; 儿童照料'
	}),
	concept('school-attendance', [ED, 'social-protection'], {
		en: 'enrolment; enrollment; dropout; school attendance; retention; stipend; scholarship; scholarships',
		fr: 'scolarisation; inscription; abandon scolaire; décrochage; déscolarisés; fréquentation scolaire; bourse; bourses',
		es: 'matrícula; deserción escolar; abandono escolar; asistencia escolar; becas; beca',
		pt: 'matrícula; evasão escolar; abandono escolar; frequência escolar; bolsa; bolsas',
		ar: 'الالتحاق بالمدارس; التسرب المدرسي; الانقطاع عن الدراسة; الحضور المدرسي; المنح الدراسية; منحة',
		zh: '入学; 辍学; 失学; 出勤; 助学金; 奖学金'
	}),
	concept('youth', [], {
		en: 'youth; youths; adolescents; youth groups; youth unemployment; NEET',
		fr: 'jeunes; jeunesse; adolescents; jeunes femmes; jeunes hommes; groupes de jeunes; chômage des jeunes',
		es: 'jóvenes; juventud; adolescentes; mujeres jóvenes; grupos juveniles; desempleo juvenil',
		pt: 'jovens; juventude; adolescentes; mulheres jovens; grupos de jovens; desemprego juvenil',
		ar: 'الشباب; الشابات; الشبان; المراهقين; مجموعات الشباب; بطالة الشباب',
		zh: '青年; 年轻人; 青少年; 青年就业'
	}),
	concept('digital-skills', [ED, 'digital-government'], {
		en: 'digital skills; programming; coding; computer skills; digital literacy',
		fr: 'compétences numériques; =programmation; codage; informatique; littératie numérique',
		es: 'habilidades digitales; =programación; computación; alfabetización digital',
		pt: 'habilidades digitais; =programação; informática; letramento digital',
		ar: 'المهارات الرقمية; البرمجة; محو الأمية الرقمية; مهارات الحاسوب',
		zh: '数字技能; 编程; 计算机技能; 数字素养'
	}),
	concept('rural-schools', [ED], {
		en: 'rural schools; multigrade; multi-grade; one-teacher schools; active learning; learning guides',
		fr: 'écoles rurales; classes multigrades; classes multi-niveaux; apprentissage actif',
		es: 'escuelas rurales; multigrado; escuela multigrado; aprendizaje activo; guías de aprendizaje',
		pt: 'escolas rurais; multisseriadas; classes multisseriadas; aprendizagem ativa',
		ar: 'المدارس الريفية; الفصول متعددة المستويات; التعلم النشط',
		zh: '农村学校; 复式教学; 教学点; 主动学习'
	}),
	concept('learning-materials', [ED], {
		en: 'textbooks; books; learning materials; teaching materials; reading materials; school supplies; curriculum',
		fr: 'manuels scolaires; livres; matériel pédagogique; supports pédagogiques; fournitures scolaires; programme scolaire; curriculum',
		es: 'libros de texto; libros; materiales educativos; material didáctico; útiles escolares; currículo; plan de estudios',
		pt: 'livros didáticos; livros; materiais didáticos; material pedagógico; material escolar; currículo',
		ar: 'الكتب المدرسية; الكتب; المواد التعليمية; الوسائل التعليمية; المناهج الدراسية; المنهج',
		zh: '教科书; 课本; 图书; 教材; 学习用品; 课程'
	}),
	concept('higher-education', [ED], {
		en: 'university; universities; college; colleges; graduates; research institutes',
		fr: 'université; universités; enseignement supérieur; diplômés; instituts de recherche',
		es: 'universidad; universidades; educación superior; egresados; institutos de investigación',
		pt: 'universidade; universidades; ensino superior; faculdades; egressos; institutos de pesquisa',
		ar: 'الجامعة; الجامعات; التعليم العالي; الخريجين; معاهد البحث',
		zh: '大学; 高等教育; 高校; 毕业生; 研究机构'
	}),
	concept('school-infrastructure', [ED, 'urban-planning'], {
		en: 'school buildings; school building; classroom construction; school infrastructure; school facilities; school toilets; overcrowded classes',
		fr: 'bâtiments scolaires; infrastructures scolaires; construction de salles de classe; équipements scolaires; effectifs pléthoriques; classes surchargées',
		es: 'edificios escolares; infraestructura escolar; construcción de aulas; locales escolares; aulas sobrepobladas; hacinamiento escolar',
		pt: 'prédios escolares; edifícios escolares; infraestrutura escolar; construção de salas de aula; salas superlotadas; turmas numerosas',
		ar: 'المباني المدرسية; البنية التحتية المدرسية; بناء الفصول الدراسية; اكتظاظ الفصول',
		zh: '校舍; 学校建筑; 教室建设; 学校基础设施; 大班额'
	})
];
