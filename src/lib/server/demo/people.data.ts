/**
 * The people of the seed webinar (SEED.md): honorific, name and title exactly as the seed gives
 * them. Two normalisations: "Deputy Director- General" loses its stray space, and "Mayor of Koidu
 * New Sembehun City Council" becomes the title "Mayor" with the council as organization.
 */
import type { DemoPerson } from './demo.types.ts';

export const demoPeople: DemoPerson[] = [
	{
		slug: 'muriel-obon',
		honorific: 'Ms.',
		name: 'Muriel Obon',
		title: 'Project and Event Management Consultant',
		organization: 'unossc'
	},
	{
		slug: 'xiaojun-grace-wang',
		honorific: 'Ms.',
		name: 'Xiaojun Grace Wang',
		title: 'Trust Fund Director',
		organization: 'unossc'
	},
	{
		slug: 'yi-zhang',
		honorific: 'Mr.',
		name: 'Yi Zhang',
		title: 'Deputy Director-General',
		organization: 'cicete'
	},
	{
		slug: 'jorge-ortega',
		honorific: 'Mr.',
		name: 'Jorge Ortega',
		title: 'General Director',
		organization: 'ancmpm'
	},
	{
		slug: 'ricardo-rodriguez-dives',
		honorific: 'Mr.',
		name: 'Ricardo Rodríguez Dives',
		title: 'Advisor to the Municipal President',
		organization: 'campeche-city'
	},
	{
		slug: 'komba-mathew-sam',
		honorific: 'Mr.',
		name: 'Komba Mathew Sam',
		title: 'Mayor',
		organization: 'koidu-new-sembehun-city-council'
	},
	{
		slug: 'ansu-bangura',
		honorific: 'Mr.',
		name: 'Ansu Bangura',
		title: 'Waste Management Consultant',
		organization: 'un-habitat'
	},
	{
		slug: 'qiu-dale',
		honorific: 'Mr.',
		name: 'Qiu Dale',
		title: 'Senior Programme Officer',
		organization: 'inshp'
	},
	{
		slug: 'francisco-mello',
		honorific: 'Mr.',
		name: 'Francisco Mello',
		title: 'Head of the Center for Knowledge Management and Horizontal Cooperation',
		organization: 'iica'
	},
	{
		slug: 'james-george',
		honorific: 'Mr.',
		name: 'James George',
		title: 'Deputy Resident Representative',
		organization: 'undp-china'
	}
];
