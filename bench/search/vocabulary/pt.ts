import type { Vocabulary } from './vocabulary.ts';

export const pt: Vocabulary = {
	separator: ' ',
	numberLocale: 'pt',
	topics: {
		waste:
			'resíduos resíduo | reciclagem reciclados reciclar reciclado | compostagem composto compostados compostar | coleta_de_lixo coleta_seletiva | aterro_sanitário aterros | plástico plásticos | resíduos_sólidos | lixo | triagem separados separar | lixo_eletrônico | biogás | biocarvão | incineração incinerador | reaproveitamento reutilizados',
		water:
			'água águas | água_potável | abastecimento_de_água | tubulações tubulação canos | poços poço | captação_de_água_da_chuva | vazamentos vazamento | águas_subterrâneas | hidrômetros hidrômetro medição | reservatório reservatórios | dessalinização dessalinizada | chafarizes chafariz',
		sanitation:
			'saneamento saneamento_básico | banheiros banheiro | esgoto esgotos | latrinas latrina | águas_residuais | lodo_fecal | higiene | lavagem_das_mãos | fossas_sépticas fossa_séptica | defecação_a_céu_aberto',
		transport:
			'transporte transportes | ônibus | mobilidade mobilidade_urbana | BRT | ciclovias bicicleta bicicletas ciclistas | pedestres pedestre | trânsito tráfego | passageiros deslocamentos | vans micro-ônibus | segurança_viária | congestionamento congestionamentos | veículos_elétricos | tarifas tarifa | mototáxis',
		housing:
			'habitação moradia moradias | assentamentos_informais | favelas favela | urbanização urbanizados urbanizar | regularização_fundiária | habitação_social | planejamento_urbano | zoneamento | construção construídas construir | loteamentos | reassentamento reassentadas | aluguel aluguéis | endereçamento',
		energy:
			'energia energias energética | solar painéis_solares | eletricidade eletrificação eletrificadas | renovável renováveis | minirredes minirrede | eficiência eficiente | iluminação_pública | cozinha_limpa | baterias bateria | biomassa | energia_eólica | pré-pago | LED',
		health:
			'saúde | clínicas clínica postos_de_saúde | vacinação vacinados vacinas | malária | saúde_materna | nutrição desnutrição | agentes_comunitários_de_saúde | hospitais hospital | doenças doença | cólera | saúde_mental | ambulâncias ambulância | telemedicina',
		education:
			'educação educacional educativa | escolas escola | capacitação capacitados capacitar formação | habilidades competências | professores professor | estudantes alunos | aprendizes aprendizagem | alfabetização | ensino_técnico | currículo | bolsas bolsa | educação_a_distância',
		climate:
			'clima climática climático | enchentes inundações enchente alagamentos | adaptação adaptar adaptadas | resiliência resilientes resiliente | seca secas | alerta_precoce | calor ondas_de_calor | emissões | árvores árvore arborização | manguezais manguezal | infraestrutura_verde | ciclones ciclone | erosão_costeira',
		digital:
			'digital digitais digitalização digitalizados | dados | online | plataforma plataformas | governo_eletrônico | dinheiro_móvel | dados_abertos | SIG | mapeamento mapas mapeados | aplicativo aplicativos | cadastro cadastros | cidade_inteligente | cibersegurança',
		finance:
			'financiamento financiado financiar | orçamento orçamentos | investimento investimentos investir | empréstimos empréstimo | títulos_municipais | receitas arrecadação | impostos imposto tributação | orçamento_participativo | microfinanças microcrédito | crédito | subsídios doações | parceria_público-privada | financiamento_misto',
		agriculture:
			'agricultura agrícola agrícolas | agricultores agricultor produtores | alimentos alimentar alimentação | agricultura_urbana hortas_urbanas | feiras mercados | cultivos lavouras | irrigação irrigadas | pecuária gado | pesca pescadores | sementes semente | cadeias_de_valor | cooperativas cooperativa | hidroponia hidropônicos',
		economy:
			'emprego empregos desemprego | trabalho trabalhadores | empreendedores empreendedorismo | turismo turistas turístico | patrimônio | pequenas_empresas | vendedores_ambulantes | economia_informal | artesanato artesãos | meios_de_subsistência | incubadora incubadoras | economia_criativa',
		social:
			'mulheres mulher | jovens juventude | gênero | inclusão inclusiva incluídos | proteção_social | pobreza pobres | transferência_de_renda | deficiência | idosos idosas | migrantes migração | refugiados refugiadas | creches creche | violência'
	},
	general:
		'cidade cidades | comunidade comunidades comunitário | município municípios municipal prefeitura | moradores habitantes | famílias domicílios | governo_local | bairro bairros | distrito distritos | parceiros parceria parcerias | câmara_municipal | ministério | programa programas | projeto projetos | autoridades autoridade | voluntários voluntariado | serviços serviço | piloto | atores | cidadãos cidadania | troca_entre_pares',
	titles: [
		'{t} e {t} em {c}',
		'{t} {t} para {g}',
		'Ampliação de {t} com {g} em {c}',
		'Do {t} à {t}: um modelo de {g}',
		'{g} e {t}: {t} a serviço das {g}'
	],
	sentences: [
		'A {g} de {c} enfrentava problemas crescentes de {t} e {t}.',
		'Antes de {y}, a maioria das {g} não tinha acesso a {t} nem a {t}.',
		'Em conjunto com {g}, a {g} desenhou um programa de {t} e {t}.',
		'A {t} foi organizada com {g} e {g} em {n} {g}.',
		'A abordagem combina {t} e {t} com {g} e {t}.',
		'Os {g} locais foram capacitados em {t} e {t}.',
		'Um sistema de {t} ligou as {g} aos serviços de {t}.',
		'Os principais obstáculos foram os custos de {t}, a fraca {g} e a pouca {t}.',
		'Desde {y}, as {g} participam de um modelo de {t} e {t}.',
		'{c} compartilhou sua experiência em {t} com {g} de outras {g}.'
	],
	results: [
		'{n} {g} se beneficiam hoje de {t} e {t}.',
		'A {t} aumentou {p} entre {y} e {y}.',
		'O programa alcançou {n} {g} e reduziu a {t} em {p}.',
		'Os custos de {t} caíram {p}, uma economia de {n} dólares por ano.',
		'{p} das {g} relataram melhorias em {t} depois de {y}.',
		'Em {y}, {n} toneladas de {t} eram tratadas por mês.'
	],
	organizations: [
		'Prefeitura de {w}',
		'Município de {w}',
		'Agência Nacional de {t} de {c}',
		'Escritório das Nações Unidas para {t} {w}',
		'Escritório do PNUD em {c}',
		'Centro de Excelência em {t} {w}',
		'Associação de Municípios de {c}',
		'Instituto {w} de {t}',
		'Universidade de {w}',
		'{w} {t} Ltda.',
		'Comissão Regional de {t} {w}'
	],
	syllables: 'ka mo ri la na si to ba ke lu ma do ni ga ze'
};
