import type { Vocabulary } from './vocabulary.ts';

export const es: Vocabulary = {
	separator: ' ',
	numberLocale: 'es',
	topics: {
		waste:
			'residuos residuo | reciclaje reciclado reciclados reciclar recicla | compost compostaje compostado compostar | recolección_de_residuos | relleno_sanitario rellenos_sanitarios | plástico plásticos | residuos_sólidos | basura basuras | separación separados separar | chatarra_electrónica | biogás | biocarbón | incineración incineradora | reutilización reutilizados',
		water:
			'agua aguas | agua_potable | abastecimiento_de_agua | tuberías tubería | pozos pozo | captación_de_lluvia | fugas fuga | aguas_subterráneas | medidores medidor medición | embalse embalses | desalinización desalinizada | quioscos_de_agua',
		sanitation:
			'saneamiento | baños baño | aguas_residuales | letrinas letrina | alcantarillado | lodos_fecales | higiene higiénicas | lavado_de_manos | fosas_sépticas fosa_séptica | defecación_al_aire_libre',
		transport:
			'transporte transportes | autobuses autobús | movilidad | bus_de_tránsito_rápido | ciclovías bicicleta bicicletas ciclistas | peatones peatonal peatonales | tráfico | viajeros desplazamientos | microbuses | seguridad_vial | congestión | vehículos_eléctricos | tarifas tarifa | mototaxis',
		housing:
			'vivienda viviendas | asentamientos_informales | barrios_populares | mejoramiento mejorado mejorar | tenencia_de_la_tierra | vivienda_social | planificación_urbana | zonificación | construcción construidas construir | reasentamiento reasentadas | alquiler alquileres | direcciones_postales',
		energy:
			'energía energías | solar paneles_solares | electricidad electrificación electrificadas | renovable renovables | minirredes minirred | eficiencia eficiente | alumbrado_público | cocinas_limpias | baterías batería | biomasa | energía_eólica | prepago | LED',
		health:
			'salud | clínicas clínica | vacunación vacunados vacunas | malaria paludismo | salud_materna | nutrición desnutrición | promotores_de_salud | hospitales hospital | enfermedades enfermedad | cólera | salud_mental | ambulancias ambulancia | telemedicina',
		education:
			'educación educativo educativa | escuelas escuela | capacitación capacitados capacitar formación | habilidades competencias | docentes maestros | estudiantes alumnos | aprendices aprendizaje | alfabetización | formación_técnica | currículo | becas beca | educación_a_distancia',
		climate:
			'clima climático climática | inundaciones inundación inundados | adaptación adaptarse adaptadas | resiliencia resilientes resiliente | sequía sequías | alerta_temprana | calor olas_de_calor | emisiones | árboles árbol arbolado | manglares manglar | infraestructura_verde | ciclones huracanes | erosión_costera',
		digital:
			'digital digitales digitalización digitalizados | datos | en_línea | plataforma plataformas | gobierno_electrónico | dinero_móvil | datos_abiertos | SIG | mapeo mapas mapeados | aplicación aplicaciones | registro registros | ciudad_inteligente | ciberseguridad',
		finance:
			'financiamiento financiación financiado financiar | presupuesto presupuestos | inversión inversiones invertir | préstamos préstamo | bonos_municipales | ingresos | impuestos impuesto tributación | presupuesto_participativo | microfinanzas | crédito créditos | subvenciones subvención | alianza_público-privada | financiamiento_combinado',
		agriculture:
			'agricultura agrícola agrícolas | agricultores agricultor productores | alimentos alimentaria alimentación | agricultura_urbana | mercados mercado | cultivos cultivo | riego regadío | ganadería ganado | pesca pescadores | semillas semilla | cadenas_de_valor | cooperativas cooperativa | hidroponía hidropónicos',
		economy:
			'empleo empleos desempleo | trabajo trabajos trabajadores | emprendedores emprendimiento | turismo turistas turístico | patrimonio | pequeñas_empresas | vendedores_ambulantes | economía_informal | artesanía artesanos | medios_de_vida | incubadora incubadoras | industrias_creativas',
		social:
			'mujeres mujer | jóvenes juventud | género | inclusión inclusiva incluidos | protección_social | pobreza pobres | transferencias_monetarias | discapacidad | personas_mayores | migrantes migración | refugiados refugiada | cuidado_infantil | violencia'
	},
	general:
		'ciudad ciudades | comunidad comunidades | municipio municipios municipal municipalidad | residentes habitantes | hogares hogar | gobierno_local | barrio barrios | distrito distritos | socios alianza alianzas | concejo | ministerio | programa programas | proyecto proyectos | autoridades autoridad | voluntarios voluntariado | servicios servicio | piloto | actores | ciudadanos ciudadanía | intercambio_entre_pares',
	titles: [
		'{t} y {t} en {c}',
		'{t} {t} para {g}',
		'Ampliación de {t} con {g} en {c}',
		'De {t} a {t}: un modelo de {g}',
		'{g} y {t}: {t} en {c}'
	],
	sentences: [
		'El {g} de {c} enfrentaba problemas crecientes de {t} y {t}.',
		'Antes de {y}, la mayoría de los {g} no tenía acceso a {t} ni a {t}.',
		'Junto con {g}, el {g} diseñó un programa de {t} y {t}.',
		'Se organizó {t} con {g} y {g} en {n} {g}.',
		'El enfoque combina {t} y {t} con {g} y {t}.',
		'Los {g} locales recibieron formación en {t} y {t}.',
		'Un esquema de {t} conectó a los {g} con servicios de {t}.',
		'Los principales obstáculos fueron los costos de {t}, la débil {g} y la limitada {t}.',
		'Desde {y}, los {g} participan en un modelo de {t} y {t}.',
		'{c} compartió su experiencia en {t} con {g} de otras {g}.'
	],
	results: [
		'{n} {g} se benefician hoy de {t} y {t}.',
		'{t} aumentó un {p} entre {y} y {y}.',
		'El programa llegó a {n} {g} y redujo {t} en un {p}.',
		'Los costos de {t} bajaron un {p}, con un ahorro de {n} dólares al año.',
		'El {p} de los {g} reportó mejoras en {t} después de {y}.',
		'En {y}, se gestionaban {n} toneladas de {t} al mes.'
	],
	organizations: [
		'Ciudad de {w}',
		'Municipalidad de {w}',
		'Agencia Nacional de {t} de {c}',
		'Oficina de las Naciones Unidas para {t} {w}',
		'Oficina del PNUD en {c}',
		'Centro de Excelencia en {t} {w}',
		'Asociación de Municipios de {c}',
		'Fundación {w} para {t}',
		'Universidad de {w}',
		'{w} {t} S.A.',
		'Comisión Regional de {t} {w}'
	],
	syllables: 'ka mo ri la na si to ba ke lu ma do ni ga ze'
};
