import { describe, expect, it } from 'vitest';
import { isGlobalSouth, loadCountryReference, type CountryRecord } from './country-reference.ts';

const countries = loadCountryReference();

function country(code: string): CountryRecord {
	const found = countries.find((record) => record.code === code);
	if (!found) throw new Error(`no country ${code}`);
	return found;
}

describe('country reference', () => {
	it('holds every country and territory with an M49 region, once', () => {
		expect(countries.length).toBeGreaterThanOrEqual(240);
		expect(new Set(countries.map((record) => record.code)).size).toBe(countries.length);
		expect(new Set(countries.map((record) => record.iso3)).size).toBe(countries.length);
		expect(countries.find((record) => record.code === 'AQ')).toBeUndefined();
		for (const record of countries) {
			expect(record.code).toMatch(/^[A-Z]{2}$/);
			expect(record.iso3).toMatch(/^[A-Z]{3}$/);
			expect(record.regionName).not.toBe('');
			expect(record.subRegionName).not.toBe('');
			for (const name of Object.values(record.names)) expect(name).not.toBe('');
		}
	});

	it('reads codes, regions and the UN groupings', () => {
		expect(country('SL')).toMatchObject({
			iso3: 'SLE',
			m49: 694,
			name: 'Sierra Leone',
			regionName: 'Africa',
			subRegionName: 'Sub-Saharan Africa',
			intermediateRegionName: 'Western Africa',
			ldc: true,
			globalSouth: true
		});
		expect(country('NP')).toMatchObject({ ldc: true, lldc: true, sids: false });
		expect(country('JM')).toMatchObject({ sids: true, intermediateRegionName: 'Caribbean' });
		expect(country('CN').intermediateRegionCode).toBeUndefined();
	});

	it('names countries in the six UN languages without sorting articles', () => {
		expect(country('CN').names).toEqual({
			en: 'China',
			fr: 'Chine',
			es: 'China',
			ar: 'الصين',
			ru: 'Китай',
			zh: '中国'
		});
		expect(country('GB').name).toBe('United Kingdom of Great Britain and Northern Ireland');
		expect(country('MX').names.fr).toBe('Mexique');
		expect(country('BO').name).toBe('Bolivia (Plurinational State of)');
		expect(country('VA').name).toBe('Holy See');
	});

	it('falls back to CLDR and official names where UNTERM has none', () => {
		expect(country('HK').name).toBe('Hong Kong');
		expect(country('HK').names.zh).toBe('中国香港特别行政区');
		expect(country('TR').name).toBe('Türkiye');
	});

	it('applies the documented Global South rule', () => {
		for (const code of ['FR', 'JP', 'US', 'AU', 'NZ', 'CA', 'RU', 'GB']) {
			expect(country(code).globalSouth, code).toBe(false);
		}
		for (const code of ['MX', 'CN', 'SL', 'BR', 'IN', 'JM', 'LB', 'FJ']) {
			expect(country(code).globalSouth, code).toBe(true);
		}
		expect(isGlobalSouth({ code: 'JP', regionCode: 142, subRegionCode: 30 })).toBe(false);
		expect(isGlobalSouth({ code: 'KH', regionCode: 142, subRegionCode: 35 })).toBe(true);
	});
});
