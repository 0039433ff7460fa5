import type { Vocabulary } from './vocabulary.ts';

export const en: Vocabulary = {
	separator: ' ',
	numberLocale: 'en',
	topics: {
		waste:
			'waste wastes | recycling recycled recycle recycles | compost composting composted composts | waste_collection | landfill landfills | plastic plastics | solid_waste | garbage | sorting sorted sort | e-waste | biogas | biochar | incineration incinerator | upcycling upcycled',
		water:
			'water waters | drinking_water | water_supply | pipes pipe piped | boreholes borehole | rainwater_harvesting | leakage leaks leaking | groundwater | meters meter metering metered | reservoir reservoirs | desalination desalinated | water_kiosks water_kiosk',
		sanitation:
			'sanitation | toilets toilet | sewage | latrines latrine | wastewater | faecal_sludge | hygiene hygienic | handwashing | sewer sewers sewerage | septic_tanks septic_tank | open_defecation',
		transport:
			'transport transportation | buses bus | mobility | bus_rapid_transit | cycling cyclists bicycle bicycles | walking pedestrians pedestrian | traffic | commuters commuting commute | minibuses minibus | road_safety | congestion congested | electric_vehicles | fares fare | motorcycle_taxis',
		housing:
			'housing houses house housed | informal_settlements | slum slums | upgrading upgraded upgrade | land_tenure | affordable_housing | urban_planning | zoning zoned | building buildings built | neighbourhoods | resettlement resettled | rental rents | street_addressing',
		energy:
			'energy | solar solar_panels | electricity electrification electrified | renewable renewables | mini-grids mini-grid | efficiency efficient | street_lighting | clean_cooking | batteries battery | biomass | wind_power | prepaid_meters | LED',
		health:
			'health healthy | clinics clinic | vaccination vaccinated vaccines | malaria | maternal_health | nutrition malnutrition | community_health_workers | hospitals hospital | disease diseases | cholera | mental_health | ambulances ambulance | telemedicine',
		education:
			'education educational | schools school | training trained trainings train | skills skilled | teachers teacher | students student | apprenticeships apprenticeship | literacy literate | vocational | curriculum curricula | scholarships scholarship | e-learning',
		climate:
			'climate | flooding floods flood flooded | adaptation adapting adapted | resilience resilient | drought droughts | early_warning | heat heatwaves | emissions emission | trees tree | mangroves mangrove | green_infrastructure | cyclones cyclone | coastal_erosion',
		digital:
			'digital digitization digitized digitizing | data | online | platform platforms | e-government | mobile_money | open_data | GIS | mapping mapped maps | apps app | registry registries | smart_city | cybersecurity',
		finance:
			'finance financing financed | budget budgets budgeting | investment investments invested invest | loans loan | municipal_bonds | revenue revenues | taxes tax taxation | participatory_budgeting | microfinance | credit | grants grant | public-private_partnership | blended_finance',
		agriculture:
			'agriculture agricultural | farmers farmer farming farms | food | urban_agriculture | markets market | crops crop | irrigation irrigated | livestock | fisheries fishing fishers | seeds seed | value_chains | cooperatives cooperative | hydroponics hydroponic',
		economy:
			'jobs job | employment employed unemployment | entrepreneurs entrepreneurship | tourism tourists tourist | heritage | small_businesses | street_vendors street_vending | informal_economy | crafts artisans | livelihoods livelihood | incubator incubators | creative_industries',
		social:
			'women | youth young | gender | inclusion inclusive included | social_protection | poverty poor | cash_transfers | disabilities disability | elderly older_people | migrants migrant migration | refugees refugee | childcare | violence'
	},
	general:
		'city cities | community communities | municipality municipalities municipal | residents resident | households household | local_government | neighbourhood | district districts | partners partnership partnerships | council councils | ministry | programme programmes | project projects | authorities authority | volunteers volunteer volunteering | services service | pilot piloted | stakeholders | citizens citizen | peer_learning',
	titles: [
		'{t} {t} in {c}',
		'{g} {t} for {t} {t}',
		'Scaling up {t} {t} with {g}',
		'{t} and {t}: a {g} approach in {c}',
		'From {t} to {t}: {g} {t} in {c}',
		'{g}-led {t} {t}'
	],
	sentences: [
		'The {g} of {c} faced growing {t} and {t} problems.',
		'Before {y}, most {g} had no access to {t} {t}.',
		'Together with {g}, the {g} designed a {t} {t} programme.',
		'{t} was organised by {g} and {g} across {n} {g}.',
		'The approach combines {t} {t} with {g} {g} and {t}.',
		'Local {g} were trained in {t} and {t} by {g}.',
		'A {t} {t} scheme connected {g} to {t} services.',
		'The main obstacles were {t} costs, weak {g} and limited {t}.',
		'Since {y}, {g} have been {t} through a {g} {t} model.',
		'{c} shared its {t} experience with {g} in other {g}.'
	],
	results: [
		'{n} {g} now benefit from {t} {t}.',
		'{t} increased by {p} between {y} and {y}.',
		'The programme reached {n} {g} and reduced {t} by {p}.',
		'Costs of {t} fell {p}, saving {n} dollars a year.',
		'{p} of {g} reported better {t} after {y}.',
		'By {y}, {n} tonnes of {t} were {t} every month.'
	],
	organizations: [
		'City of {w}',
		'{w} District Council',
		'National {t} Agency of {c}',
		'United Nations {t} Office {w}',
		'UNDP {c} Country Office',
		'{w} Centre of Excellence for {t}',
		'Association of {c} Municipalities',
		'{w} {t} Initiative',
		'University of {w}',
		'{w} {t} Solutions Ltd',
		'{w} Regional {t} Commission'
	],
	syllables: 'ka mo ri la na si to ba ke lu ma do ni ga ze'
};
