import { jsonLdBlock, renderJsonLd } from '../../components/common/json-ld.testing.ts';
import { describe, expect, it } from 'vitest';
import { attendanceMode, eventJsonLd, isoInZone, type EventJsonLdInput } from './event-jsonld.ts';

const origin = 'https://galaxy.example.org';

const muriel = {
	slug: 'muriel-obon',
	name: 'Muriel Obon',
	honorific: 'Ms.',
	title: 'Project and Event Management Consultant',
	organization: { slug: 'unossc', name: 'UN Office for South-South Cooperation' },
	affiliation: null
};

/** Shaped like the seed webinar's EventDetail. */
function webinar(overrides: Partial<EventJsonLdInput> = {}): EventJsonLdInput {
	return {
		slug: 'promoting-sstc-covid-19-recovery-2022',
		title: 'Promoting SSTC in Support of COVID-19 Recovery',
		kind: 'webinar',
		summary: 'A pre-recorded webinar.',
		startsAt: '2022-10-18T13:00:00.000Z',
		endsAt: '2022-10-18T15:00:00.000Z',
		timeZone: 'America/New_York',
		status: 'scheduled',
		hosts: [
			{
				slug: 'unossc',
				name: 'UN Office for South-South Cooperation',
				shortName: 'UNOSSC',
				role: 'co-host'
			},
			{ slug: 'cicete', name: 'China International Center', shortName: null, role: 'co-host' }
		],
		languages: ['en'],
		onlineUrl: null,
		venue: null,
		recordingUrl: null,
		moderator: muriel,
		speakers: [
			{
				slug: 'yi-zhang',
				name: 'Yi Zhang',
				honorific: 'Mr.',
				title: 'Deputy Director-General',
				organization: { slug: 'cicete', name: 'China International Center' },
				affiliation: null
			},
			muriel,
			{
				slug: 'someone',
				name: 'Some One',
				honorific: null,
				title: null,
				organization: null,
				affiliation: 'Freetown Youth Network'
			}
		],
		knowledgeProducts: [
			{ slug: 'south-south-cities-clusters', title: 'South-South Cities Clusters', kind: 'video' }
		],
		...overrides
	};
}

describe('eventJsonLd', () => {
	it('describes the seed webinar as a schema.org Event', () => {
		const data = eventJsonLd(webinar(), origin);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'Promoting SSTC in Support of COVID-19 Recovery',
			description: 'A pre-recorded webinar.',
			url: `${origin}/events/promoting-sstc-covid-19-recovery-2022`,
			startDate: '2022-10-18T09:00:00-04:00',
			endDate: '2022-10-18T11:00:00-04:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			location: {
				'@type': 'VirtualLocation',
				url: `${origin}/events/promoting-sstc-covid-19-recovery-2022`
			},
			inLanguage: 'en',
			subjectOf: {
				'@type': 'VideoObject',
				url: `${origin}/knowledge/south-south-cities-clusters`
			}
		});
		expect(data.organizer).toEqual([
			{
				'@type': 'Organization',
				name: 'UN Office for South-South Cooperation',
				alternateName: 'UNOSSC',
				url: `${origin}/partners/unossc`
			},
			{
				'@type': 'Organization',
				name: 'China International Center',
				url: `${origin}/partners/cicete`
			}
		]);
		const performers = data.performer as Record<string, unknown>[];
		expect(performers.map((performer) => performer.name)).toEqual([
			'Muriel Obon',
			'Yi Zhang',
			'Some One'
		]);
		expect(performers[0]).toEqual({
			'@type': 'Person',
			name: 'Muriel Obon',
			honorificPrefix: 'Ms.',
			jobTitle: 'Project and Event Management Consultant',
			worksFor: {
				'@type': 'Organization',
				name: 'UN Office for South-South Cooperation',
				url: `${origin}/partners/unossc`
			},
			affiliation: {
				'@type': 'Organization',
				name: 'UN Office for South-South Cooperation',
				url: `${origin}/partners/unossc`
			}
		});
		// An organization that is not on the platform is named, without a link.
		const affiliation = { '@type': 'Organization', name: 'Freetown Youth Network' };
		expect(performers[2]).toEqual({
			'@type': 'Person',
			name: 'Some One',
			worksFor: affiliation,
			affiliation
		});
		expect(data).not.toHaveProperty('recordedIn');
	});

	it('marks cancellation, venues, several languages and the recording', () => {
		const data = eventJsonLd(
			webinar({
				kind: 'workshop',
				status: 'cancelled',
				venue: 'Koidu City Hall, Koidu, Sierra Leone',
				onlineUrl: 'https://meet.example.org/secret-room',
				languages: ['en', 'fr'],
				recordingUrl: 'https://www.youtube.com/watch?v=abcdefghijk'
			}),
			origin
		);
		expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
		expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect(data.location).toEqual([
			{ '@type': 'VirtualLocation', url: `${origin}/events/promoting-sstc-covid-19-recovery-2022` },
			{
				'@type': 'Place',
				name: 'Koidu City Hall, Koidu, Sierra Leone',
				address: 'Koidu City Hall, Koidu, Sierra Leone'
			}
		]);
		expect(JSON.stringify(data)).not.toContain('secret-room');
		expect(data.inLanguage).toEqual(['en', 'fr']);
		expect(data.recordedIn).toMatchObject({
			'@type': 'VideoObject',
			url: 'https://www.youtube.com/watch?v=abcdefghijk'
		});
	});

	it('keeps a </script> in a title harmless once JsonLd.svelte renders it', async () => {
		const title = 'Waste </script><script>alert(1)</script> & "friends"';
		const head = await renderJsonLd(eventJsonLd(webinar({ title }), origin));
		expect(head.match(/<script/g)).toHaveLength(1);
		expect(head.match(/<\/script>/g)).toHaveLength(1);
		expect(jsonLdBlock(head)).toMatchObject({ name: title });
	});
});

describe('attendanceMode', () => {
	it('reads the mode from the link and the venue', () => {
		expect(attendanceMode({ kind: 'workshop', onlineUrl: 'https://x.example', venue: null })).toBe(
			'online'
		);
		expect(attendanceMode({ kind: 'workshop', onlineUrl: null, venue: 'Hall' })).toBe('offline');
		expect(attendanceMode({ kind: 'webinar', onlineUrl: null, venue: 'Hall' })).toBe('offline');
		expect(
			attendanceMode({ kind: 'training', onlineUrl: 'https://x.example', venue: 'Hall' })
		).toBe('mixed');
		expect(attendanceMode({ kind: 'conference', onlineUrl: null, venue: null })).toBeNull();
	});
});

describe('isoInZone', () => {
	it('writes the offset of the zone on either side of a daylight-saving change', () => {
		expect(isoInZone('2026-03-08T06:30:00.000Z', 'America/New_York')).toBe(
			'2026-03-08T01:30:00-05:00'
		);
		expect(isoInZone('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe(
			'2026-03-08T03:30:00-04:00'
		);
		expect(isoInZone('2026-03-08T07:30:00.000Z', 'Not/AZone')).toBe('2026-03-08T07:30:00Z');
	});
});
