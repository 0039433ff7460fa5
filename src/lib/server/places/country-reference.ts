import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The country reference list, read from `data/reference/countries/country-codes.csv`
 * (datasets/country-codes, ODC-PDDL-1.0): ISO 3166 codes, UN M49 regions, the UN's LDC / LLDC /
 * SIDS groupings and UNTERM names in the six UN languages. The seeder loads it into `countries`
 * and `country_names`; nothing here touches the database.
 */

/** The six UN languages the CSV carries names in (`zh` is Simplified Chinese). */
export const COUNTRY_NAME_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type CountryNameLocale = (typeof COUNTRY_NAME_LOCALES)[number];

export interface CountryRecord {
	/** ISO 3166-1 alpha-2, e.g. "SL". */
	code: string;
	iso3: string;
	/** UN M49 numeric code (same as ISO 3166-1 numeric). */
	m49: number;
	/** English short name, e.g. "Bolivia (Plurinational State of)". */
	name: string;
	names: Record<CountryNameLocale, string>;
	regionCode: number;
	regionName: string;
	subRegionCode: number;
	subRegionName: string;
	intermediateRegionCode?: number;
	intermediateRegionName?: string;
	/** Least developed country. */
	ldc: boolean;
	/** Landlocked developing country. */
	lldc: boolean;
	/** Small island developing state. */
	sids: boolean;
	/** See {@link isGlobalSouth}. */
	globalSouth: boolean;
}

/** Where the file lives in the repository, relative to its root. */
export const COUNTRY_CODES_PATH = 'data/reference/countries/country-codes.csv';

const EUROPE_REGION = 150;
const NORTHERN_AMERICA_SUB_REGION = 21;
const AUSTRALIA_NEW_ZEALAND_SUB_REGION = 53;

/**
 * "Global South" is not an official UN category. We follow UNSD's common practice for "developed
 * regions" (M49 footnote): Europe (region 150), Northern America (sub-region 021), Japan, and
 * Australia and New Zealand (sub-region 053, which also holds their external territories such as
 * Norfolk Island) are developed; every other country or territory counts as Global South.
 */
export function isGlobalSouth(country: {
	code: string;
	regionCode: number;
	subRegionCode: number;
}): boolean {
	if (country.regionCode === EUROPE_REGION) return false;
	if (country.subRegionCode === NORTHERN_AMERICA_SUB_REGION) return false;
	if (country.subRegionCode === AUSTRALIA_NEW_ZEALAND_SUB_REGION) return false;
	return country.code !== 'JP';
}

/** CSV column holding the UNTERM short name, and the fallback official name, per locale. */
const NAME_COLUMNS: Record<CountryNameLocale, { short: string; official: string }> = {
	en: { short: 'UNTERM English Short', official: 'official_name_en' },
	fr: { short: 'UNTERM French Short', official: 'official_name_fr' },
	es: { short: 'UNTERM Spanish Short', official: 'official_name_es' },
	ar: { short: 'UNTERM Arabic Short', official: 'official_name_ar' },
	ru: { short: 'UNTERM Russian Short', official: 'official_name_ru' },
	zh: { short: 'UNTERM Chinese Short', official: 'official_name_cn' }
};

/**
 * UNTERM short names carry sorting articles ("Gambia (the)", "Mexique (le)") and, for a few
 * entries, footnote stars ("Holy See (the) *"). Neither belongs in a label, so both are dropped;
 * meaningful parentheses such as "(Plurinational State of)" stay.
 */
function cleanUntermName(name: string): string {
	return name
		.replace(/\s*\*+\s*$/, '')
		.replace(/\s*\((the|le|la|l'|les|el|los|las)\)\s*$/i, '')
		.trim();
}

type CsvRow = Record<string, string>;

function text(row: CsvRow, column: string): string {
	const value = row[column];
	if (value === undefined) throw new Error(`country-codes.csv has no column "${column}"`);
	return value.trim();
}

function optionalNumber(row: CsvRow, column: string): number | undefined {
	const value = text(row, column);
	return value === '' ? undefined : Number(value);
}

function requiredNumber(row: CsvRow, column: string, code: string): number {
	const value = optionalNumber(row, column);
	if (value === undefined || !Number.isInteger(value)) {
		throw new Error(`country-codes.csv: ${code} has no valid "${column}"`);
	}
	return value;
}

/** English: UNTERM short name, then the CLDR display name, then the official name. */
function englishName(row: CsvRow): string {
	return (
		cleanUntermName(text(row, NAME_COLUMNS.en.short)) ||
		text(row, 'CLDR display name') ||
		text(row, NAME_COLUMNS.en.official)
	);
}

/**
 * Other languages: UNTERM short name, then the official name in that language (the only source for
 * territories such as Hong Kong or Puerto Rico), then English.
 */
function localNames(row: CsvRow, english: string): Record<CountryNameLocale, string> {
	const pick = (locale: Exclude<CountryNameLocale, 'en'>): string =>
		cleanUntermName(text(row, NAME_COLUMNS[locale].short)) ||
		text(row, NAME_COLUMNS[locale].official) ||
		english;
	return {
		en: english,
		fr: pick('fr'),
		es: pick('es'),
		ar: pick('ar'),
		ru: pick('ru'),
		zh: pick('zh')
	};
}

function toRecord(row: CsvRow): CountryRecord | undefined {
	const code = text(row, 'ISO3166-1-Alpha-2');
	const regionName = text(row, 'Region Name');
	// Antarctica and the like: no M49 region, nothing to place it in.
	if (code === '' || regionName === '') return undefined;
	const name = englishName(row);
	const regionCode = requiredNumber(row, 'Region Code', code);
	const subRegionCode = requiredNumber(row, 'Sub-region Code', code);
	const record: CountryRecord = {
		code,
		iso3: text(row, 'ISO3166-1-Alpha-3'),
		m49: requiredNumber(row, 'M49', code),
		name,
		names: localNames(row, name),
		regionCode,
		regionName,
		subRegionCode,
		subRegionName: text(row, 'Sub-region Name'),
		ldc: text(row, 'Least Developed Countries (LDC)') !== '',
		lldc: text(row, 'Land Locked Developing Countries (LLDC)') !== '',
		sids: text(row, 'Small Island Developing States (SIDS)') !== '',
		globalSouth: isGlobalSouth({ code, regionCode, subRegionCode })
	};
	const intermediateCode = optionalNumber(row, 'Intermediate Region Code');
	const intermediateName = text(row, 'Intermediate Region Name');
	if (intermediateCode !== undefined && intermediateName !== '') {
		record.intermediateRegionCode = intermediateCode;
		record.intermediateRegionName = intermediateName;
	}
	return record;
}

/** Parses the CSV text into records sorted by ISO code; rows without ISO2 or region are skipped. */
export function parseCountryCodes(csv: string): CountryRecord[] {
	const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[];
	const records = rows.flatMap((row) => toRecord(row) ?? []);
	return records.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Reads and parses the country list; `path` defaults to COUNTRY_CODES_PATH under the cwd. */
export function loadCountryReference(path?: string): CountryRecord[] {
	const file = path ?? resolve(process.cwd(), COUNTRY_CODES_PATH);
	return parseCountryCodes(readFileSync(file, 'utf8'));
}
