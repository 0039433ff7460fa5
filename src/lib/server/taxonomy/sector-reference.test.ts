import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSectorReference, parseSectorReference } from './sector-reference.ts';

const sectors = loadSectorReference();

/** Codes of the active items of the IATI Sector codelist (DAC 5-digit). */
function activeDacCodes(): Set<string> {
	const xml = readFileSync(
		resolve(process.cwd(), 'data/reference/iati/codelists/Sector.xml'),
		'utf8'
	);
	const items = xml.split('<codelist-item ').slice(1);
	const active = items.filter((item) => item.startsWith('status="active"'));
	return new Set(active.flatMap((item) => /<code>(\d{5})<\/code>/.exec(item)?.[1] ?? []));
}

describe('sector reference', () => {
	it('lists the 22 sector themes', () => {
		expect(sectors).toHaveLength(22);
		expect(sectors.find((sector) => sector.slug === 'waste-management')).toEqual({
			slug: 'waste-management',
			name: 'Waste management',
			dacCodes: ['14050']
		});
	});

	it('maps every sector to active DAC purpose codes', () => {
		const codes = activeDacCodes();
		expect(codes.size).toBeGreaterThan(200);
		for (const sector of sectors) {
			for (const code of sector.dacCodes)
				expect(codes.has(code), `${sector.slug} ${code}`).toBe(true);
		}
	});

	it('rejects malformed entries', () => {
		expect(() => parseSectorReference([{ slug: 'Waste', name: 'Waste', dacCodes: [] }])).toThrow();
		const twice = { slug: 'waste-management', name: 'Waste', dacCodes: ['14050'] };
		expect(() => parseSectorReference([twice, twice])).toThrow(/unique/);
	});
});
