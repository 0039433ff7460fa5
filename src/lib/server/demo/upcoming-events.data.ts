/**
 * Upcoming demo events, dated from the moment the demo is seeded so that the events list, the
 * calendar feeds and registration always have something ahead: a webinar online, a workshop at a
 * venue and a mixed training, in three time zones (São Paulo, Kathmandu at UTC+5:45, Costa Rica).
 * Written for this project; they reuse the partners, people and clusters of the seed webinar and
 * link no project or knowledge product, so those pages keep showing the seed webinar alone.
 * The meeting links are on example.org on purpose: demo links must lead nowhere.
 */
import { DateTime } from 'luxon';
import type { DemoEvent } from './demo.types.ts';

/** A local wall-clock time `days` after `now` in `zone`, as ISO 8601 with the zone's offset. */
function localTime(now: Date, days: number, zone: string, hour: number, minute = 0): string {
	const day = DateTime.fromJSDate(now, { zone }).plus({ days });
	return day
		.set({ hour, minute, second: 0, millisecond: 0 })
		.toISO({ suppressMilliseconds: true })!;
}

/** The three upcoming events, three, six and nine weeks after `now`. */
export function upcomingDemoEvents(now: Date): DemoEvent[] {
	const announcedOn = now.toISOString().slice(0, 10);
	return [
		{
			slug: 'financing-municipal-waste-services-peer-exchange',
			title: 'Who Pays for Clean Streets? Financing Municipal Waste Services',
			kind: 'webinar',
			startsAt: localTime(now, 21, 'America/Sao_Paulo', 10),
			endsAt: localTime(now, 21, 'America/Sao_Paulo', 11, 30),
			timeZone: 'America/Sao_Paulo',
			announcedOn,
			summary:
				'Councils of the Waste Management Cities Cluster compare how they fund collection and recycling: user fees, municipal budgets, partnerships with waste pickers and climate finance.',
			description:
				'Collecting waste costs most cities a large share of their budget, and fees alone rarely cover it. Koidu New Sembehun City Council shares how its pilot organised collection points and what residents agreed to pay; UN-Habitat presents the cost models it uses with cities, and participants compare notes on what made their own services last.\n\nThe webinar is held in English with Portuguese interpretation. Places are limited so that everyone can speak in the open discussion.',
			objectives: [
				'Compare the ways cities of the Global South pay for waste collection and treatment.',
				'Learn from the Koidu City pilot how a council can set fees residents accept.',
				'Identify peers for exchange visits within the Waste Management Cities Cluster.'
			],
			hosts: [
				{ organization: 'unossc', role: 'organizer' },
				{ organization: 'un-habitat', role: 'co-host' }
			],
			programmes: ['Cities Project'],
			moderator: 'ansu-bangura',
			languages: ['en', 'pt'],
			clusters: ['waste-management'],
			onlineUrl: 'https://meet.example.org/ssg-waste-financing',
			capacity: 40,
			agenda: [
				{
					title: 'Welcome and purpose of the exchange',
					kind: 'section',
					speakers: ['muriel-obon']
				},
				{
					title: 'Experiences from cities',
					kind: 'section',
					children: [
						{
							title: 'Collection points and fees in Koidu City, Sierra Leone',
							kind: 'presentation',
							speakers: ['komba-mathew-sam']
						},
						{
							title: 'Cost models for municipal solid waste services',
							kind: 'presentation',
							speakers: ['ansu-bangura']
						}
					]
				},
				{ title: 'Open discussion and next steps for the cluster', kind: 'section' }
			]
		},
		{
			slug: 'small-hydropower-rural-towns-workshop-kathmandu',
			title: 'Small Hydropower for Rural Towns: Planning and Maintenance Workshop',
			kind: 'workshop',
			startsAt: localTime(now, 42, 'Asia/Kathmandu', 9),
			endsAt: localTime(now, 42, 'Asia/Kathmandu', 16, 30),
			timeZone: 'Asia/Kathmandu',
			announcedOn,
			summary:
				'A one-day, in-person workshop for municipal engineers and utility staff on planning, running and maintaining small hydropower plants that serve rural towns.',
			description:
				'Small hydropower brings electricity to towns the grid does not reach, but plants fail when nobody plans for maintenance. Engineers from the International Network on Small Hydro Power walk participants through site assessment, the choice of equipment and the routines that keep a plant running, with examples from Nepal and other South Asian countries.\n\nThe workshop is in person only, with group exercises; bring a laptop.',
			objectives: [
				'Assess a site and size a small hydropower plant for a rural town.',
				'Plan operation and maintenance with the local utility from the start.',
				'Connect municipal engineers with peers in the Energy Cities Cluster.'
			],
			hosts: [
				{ organization: 'inshp', role: 'organizer' },
				{ organization: 'unossc', role: 'co-host' }
			],
			programmes: ['Global South-South Development Center (GSSDC)'],
			moderator: 'qiu-dale',
			languages: ['en'],
			clusters: ['energy'],
			venue: 'Conference hall, Durbar Marg, Kathmandu, Nepal',
			capacity: 30,
			agenda: [
				{ title: 'Opening', kind: 'section', speakers: ['yi-zhang'] },
				{
					title: 'Planning a plant',
					kind: 'section',
					children: [
						{ title: 'Site assessment and sizing', kind: 'item', speakers: ['qiu-dale'] },
						{ title: 'Group exercise: a plant for a town of 5,000', kind: 'item' }
					]
				},
				{
					title: 'Operation and maintenance with the local utility',
					kind: 'section',
					speakers: ['qiu-dale']
				},
				{ title: 'Closing and evaluation', kind: 'section' }
			]
		},
		{
			slug: 'climate-resilient-food-value-chains-training',
			title: 'Training on Climate-Resilient Food Value Chains for Local Governments',
			kind: 'training',
			startsAt: localTime(now, 63, 'America/Costa_Rica', 8),
			endsAt: localTime(now, 63, 'America/Costa_Rica', 12),
			timeZone: 'America/Costa_Rica',
			announcedOn,
			summary:
				'A half-day training, in San José and online, on how local governments can help farmers, processors and markets keep food flowing when droughts and floods strike.',
			description:
				'Food systems in Latin America and the Caribbean face longer droughts, heavier rains and sudden price shocks. The Inter-American Institute for Cooperation on Agriculture trains local government staff to map their food value chains, find where they break under climate stress, and plan the support that keeps produce moving from farm to market.\n\nParticipants can attend in San José or join online; the training is held in Spanish with English interpretation.',
			objectives: [
				'Map a local food value chain and the climate risks along it.',
				'Choose measures local governments can take with farmers and markets.',
				'Share tools across the Agriculture Value Chains and Food Systems Cities Cluster.'
			],
			hosts: [
				{ organization: 'iica', role: 'organizer' },
				{ organization: 'unossc', role: 'co-host' }
			],
			programmes: ['Global South-South Development Center (GSSDC)'],
			moderator: 'francisco-mello',
			languages: ['es', 'en'],
			clusters: ['agriculture-food-systems'],
			onlineUrl: 'https://meet.example.org/ssg-food-value-chains',
			venue: 'IICA Headquarters, San José, Costa Rica',
			capacity: 60,
			agenda: [
				{ title: 'Welcome', kind: 'section', speakers: ['francisco-mello'] },
				{
					title: 'Module 1: Mapping a local food value chain',
					kind: 'section',
					children: [{ title: 'Where chains break under climate stress', kind: 'item' }]
				},
				{ title: 'Module 2: Measures local governments can take', kind: 'section' },
				{ title: 'Closing remarks', kind: 'section', speakers: ['xiaojun-grace-wang'] }
			]
		}
	];
}
