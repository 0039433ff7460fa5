import { describe, expect, it } from 'vitest';
import {
	canonicalTimeZone,
	readerTimeZone,
	rememberTimeZone,
	timeZonesByRegion
} from './reader-time-zone.ts';

describe('canonicalTimeZone', () => {
	it('accepts IANA zones and refuses anything else', () => {
		expect(canonicalTimeZone('America/Sao_Paulo')).toBe('America/Sao_Paulo');
		expect(canonicalTimeZone('UTC')).toBe('UTC');
		expect(canonicalTimeZone('Asia/Calcutta')).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
		for (const bad of ['Mars/Olympus', '', '../etc/passwd', 'Europe/Paris; x=1', null, undefined]) {
			expect(canonicalTimeZone(bad)).toBeNull();
		}
	});
});

describe('the tz cookie', () => {
	it('gives the reader zone only when the cookie names one', () => {
		const jar = (value?: string) => ({
			get: (name: string) => (name === 'tz' ? value : undefined)
		});
		expect(readerTimeZone(jar('Africa/Lagos'))).toBe('Africa/Lagos');
		expect(readerTimeZone(jar('<script>'))).toBeNull();
		expect(readerTimeZone(jar())).toBeNull();
	});

	it('is kept a year, site-wide, readable by the page script, SameSite=Lax', () => {
		const calls: unknown[][] = [];
		rememberTimeZone({ set: (...args: unknown[]) => calls.push(args) }, 'Asia/Manila', true);
		expect(calls).toEqual([
			[
				'tz',
				'Asia/Manila',
				{ path: '/', maxAge: 31_536_000, httpOnly: false, sameSite: 'lax', secure: true }
			]
		]);
	});
});

describe('timeZonesByRegion', () => {
	it('groups every zone under its region, sorted, with UTC', () => {
		const groups = timeZonesByRegion();
		const regions = groups.map((group) => group.region);
		expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b)));
		expect(regions).toEqual(expect.arrayContaining(['Africa', 'America', 'Asia', 'Europe', 'UTC']));
		const africa = groups.find((group) => group.region === 'Africa')!.zones;
		expect(africa).toContain('Africa/Freetown');
		expect(africa.every((zone) => zone.startsWith('Africa/'))).toBe(true);
		expect(groups.find((group) => group.region === 'UTC')!.zones).toContain('UTC');
	});
});
