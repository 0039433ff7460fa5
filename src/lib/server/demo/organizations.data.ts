/**
 * Organizations named by the seed webinar (SEED.md) and the cities they sit in.
 *
 * Names are the organizations' own; descriptions are written for this project. Websites and IATI
 * identifiers are given only where they are well known; otherwise they are left out.
 */
import type { DemoCity, DemoOrganization } from './demo.types.ts';

/**
 * Coordinates are the city centre (WGS 84, four decimals). Population is given only where an
 * official census figure is well known, with the census noted; otherwise it is left out.
 *
 * Left out on purpose: Iquitos (it is in Loreto, not in the Amazonas region of the Peru pilot, and
 * no organization here is based there). Added: Nairobi (UN-Habitat, UNDP Kenya) and Lima
 * (UNDP Peru).
 */
export const demoCities: DemoCity[] = [
	{ name: 'Campeche', country: 'MX', latitude: 19.8301, longitude: -90.5349 },
	{ name: 'Koidu', country: 'SL', latitude: 8.6439, longitude: -10.9714 },
	{ name: 'Kathmandu', country: 'NP', latitude: 27.7172, longitude: 85.324 },
	{ name: 'Santiago', country: 'CL', latitude: -33.4489, longitude: -70.6693 },
	{ name: 'Beirut', country: 'LB', latitude: 33.8938, longitude: 35.5018 },
	{
		name: 'Dar es Salaam',
		country: 'TZ',
		latitude: -6.7924,
		longitude: 39.2083,
		// 2022 Population and Housing Census, Dar es Salaam Region.
		population: 5383728
	},
	{ name: 'Kisumu', country: 'KE', latitude: -0.0917, longitude: 34.768 },
	{
		name: 'Nairobi',
		country: 'KE',
		latitude: -1.2921,
		longitude: 36.8219,
		// 2019 Kenya Population and Housing Census, Nairobi City County.
		population: 4397073
	},
	{ name: 'Lima', country: 'PE', latitude: -12.0464, longitude: -77.0428 },
	{ name: 'San José', country: 'CR', latitude: 9.9281, longitude: -84.0907 },
	{
		name: 'Beijing',
		country: 'CN',
		latitude: 39.9042,
		longitude: 116.4074,
		// 2020 (seventh) national census, whole municipality.
		population: 21893095
	},
	{
		name: 'Hangzhou',
		country: 'CN',
		latitude: 30.2741,
		longitude: 120.1551,
		// 2020 (seventh) national census, whole prefecture-level city.
		population: 11936010
	},
	{
		name: 'New York',
		country: 'US',
		latitude: 40.7128,
		longitude: -74.006,
		// 2020 United States census.
		population: 8804190
	}
];

export const demoOrganizations: DemoOrganization[] = [
	{
		slug: 'unossc',
		name: 'United Nations Office for South-South Cooperation',
		shortName: 'UNOSSC',
		kind: 'un-entity',
		country: 'US',
		city: 'New York',
		website: 'https://www.unsouthsouth.org',
		description:
			'The UN office mandated to promote, coordinate and support South-South and triangular cooperation globally and across the UN system. It runs the Cities Project, co-initiated the Global South-South Development Center with CICETE, and hosts the South-South Galaxy platform.',
		verified: true
	},
	{
		slug: 'cicete',
		name: 'China International Center for Economic and Technical Exchanges',
		shortName: 'CICETE',
		kind: 'national-body',
		country: 'CN',
		city: 'Beijing',
		description:
			"A Chinese government agency under the Ministry of Commerce that manages China's development cooperation with UN organizations. It co-initiated the Global South-South Development Center with UNOSSC and supports the Cities Project.",
		verified: true
	},
	{
		slug: 'undp',
		name: 'United Nations Development Programme',
		shortName: 'UNDP',
		kind: 'un-entity',
		country: 'US',
		city: 'New York',
		website: 'https://www.undp.org',
		description:
			"The UN's development agency, present in about 170 countries and territories. It provides budgetary and operational support to UNOSSC, and its country offices carry out several Cities Project pilots.",
		iatiIdentifier: 'XM-DAC-41114',
		verified: true
	},
	{
		slug: 'un-habitat',
		name: 'United Nations Human Settlements Programme',
		shortName: 'UN-Habitat',
		kind: 'un-entity',
		country: 'KE',
		city: 'Nairobi',
		website: 'https://unhabitat.org',
		description:
			'The UN programme for sustainable urbanization and human settlements, based in Nairobi. It supports the Cities Project pilot on sustainable waste management in Koidu City, Sierra Leone.',
		iatiIdentifier: 'XM-DAC-41120',
		verified: true
	},
	{
		slug: 'undp-china',
		name: 'UNDP China',
		kind: 'country-office',
		country: 'CN',
		city: 'Beijing',
		description:
			'The UNDP country office in China. It works with other UNDP country offices on pilots that draw on Chinese experience, such as disaster risk governance in Lebanon and low-carbon transport in Santiago, Chile.',
		verified: true
	},
	{
		slug: 'ancmpm',
		name: 'National Association of Mexican World Heritage Cities',
		shortName: 'ANCMPM',
		kind: 'association',
		country: 'MX',
		website: 'https://ciudadespatrimonio.mx',
		description:
			'An association of the municipal governments of Mexican cities on the UNESCO World Heritage List. It works on heritage conservation and sustainable tourism and leads the Cities Project pilot on sustainable tourism in these cities.',
		verified: true
	},
	{
		slug: 'campeche-city',
		name: 'City of Campeche',
		kind: 'city',
		country: 'MX',
		city: 'Campeche',
		description:
			'The municipal government of San Francisco de Campeche, capital of the state of Campeche, whose historic fortified town is a UNESCO World Heritage site. It takes part in the sustainable tourism pilot in Mexican World Heritage Cities.',
		verified: true
	},
	{
		slug: 'koidu-new-sembehun-city-council',
		name: 'Koidu New Sembehun City Council',
		shortName: 'KNSCC',
		kind: 'city',
		country: 'SL',
		city: 'Koidu',
		description:
			"The elected council of Koidu, the main town of Kono District in Sierra Leone's Eastern Province. It runs the Cities Project pilot on sustainable waste management with UN-Habitat and UNOSSC.",
		verified: true
	},
	{
		// The slug `inshp` is kept as agreed; the Center's own acronym is ICSHP (INSHP is the
		// acronym of its sister body, the International Network on Small Hydro Power).
		slug: 'inshp',
		name: 'International Center on Small Hydro Power',
		shortName: 'ICSHP',
		kind: 'center-of-excellence',
		country: 'CN',
		city: 'Hangzhou',
		description:
			'An international center in Hangzhou, China, that supports small hydropower development in developing countries through research, training and technical cooperation. It leads the GSSDC pilot promoting small hydropower in Nepal and other South Asian countries.',
		verified: true
	},
	{
		// One kind only: IICA is an intergovernmental body; its role as a GSSDC center of
		// excellence is stated in the description.
		slug: 'iica',
		name: 'Inter-American Institute for Cooperation on Agriculture',
		shortName: 'IICA',
		kind: 'intergovernmental',
		country: 'CR',
		city: 'San José',
		website: 'https://www.iica.int',
		description:
			'The specialized agency for agriculture of the Inter-American System, based in San José, Costa Rica. Its Center for Knowledge Management and Horizontal Cooperation acts as a GSSDC center of excellence on resilient food systems in Latin America and the Caribbean.',
		verified: true
	},
	{
		slug: 'gssdc',
		name: 'Global South-South Development Center',
		shortName: 'GSSDC',
		kind: 'center-of-excellence',
		description:
			'A project jointly initiated by UNOSSC and CICETE that works as a global network of Southern centers of excellence. It supports pilots for technology transfer and capacity building.',
		verified: true
	},
	{
		slug: 'undp-lebanon',
		name: 'UNDP Lebanon',
		kind: 'country-office',
		country: 'LB',
		city: 'Beirut',
		description:
			'The UNDP country office in Lebanon, partner of the Cities Project pilot on sustainable disaster risk governance launched in October 2022.',
		verified: true
	},
	{
		slug: 'undp-chile',
		name: 'UNDP Chile',
		kind: 'country-office',
		country: 'CL',
		city: 'Santiago',
		description:
			'The UNDP country office in Chile. With UNDP China it implements the Cities Project pilot on sustainable, low-carbon transport in the Metropolitan Region of Santiago.',
		verified: true
	},
	{
		slug: 'undp-tanzania',
		name: 'UNDP Tanzania',
		kind: 'country-office',
		country: 'TZ',
		city: 'Dar es Salaam',
		description:
			'The UNDP country office in Tanzania, partner of the Cities Project pilot on China-Tanzania knowledge sharing in the soybean value chain launched in October 2022.',
		verified: true
	},
	{
		slug: 'undp-kenya',
		name: 'UNDP Kenya',
		kind: 'country-office',
		country: 'KE',
		city: 'Nairobi',
		description:
			'The UNDP country office in Kenya, partner of the Cities Project pilot on ecosystem management in the Lake Victoria Basin launched in October 2022.',
		verified: true
	},
	{
		slug: 'undp-peru',
		name: 'UNDP Peru',
		kind: 'country-office',
		country: 'PE',
		city: 'Lima',
		description:
			"The UNDP country office in Peru, partner of the pilot on photovoltaic rural electrification in Peru's Amazonas region launched in October 2022.",
		verified: true
	}
];
