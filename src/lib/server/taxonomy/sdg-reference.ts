import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The 17 Sustainable Development Goals and their 169 targets in the six UN languages, read from
 * the open-sdg/sdg-translations files copied to `data/reference/sdg/<lang>/` (MIT). Each file is a
 * flat map: goals as `11-short` / `11-title`, targets as `11-6-title` or `6-a-title`. The Arabic
 * titles have not been reviewed by a translator yet. The seeder loads these into the sdg tables.
 */

export const SDG_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type SdgLocale = (typeof SDG_LOCALES)[number];

/** Folder of each locale under `data/reference/sdg/` (the translations use `zh-Hans`). */
const LOCALE_FOLDERS: Record<SdgLocale, string> = {
	en: 'en',
	fr: 'fr',
	es: 'es',
	ar: 'ar',
	ru: 'ru',
	zh: 'zh-Hans'
};

/**
 * Official goal colours from the UN SDG communication guidelines; `SDG_COLORS[n - 1]` is goal n.
 */
export const SDG_COLORS = [
	'#E5243B',
	'#DDA63A',
	'#4C9F38',
	'#C5192D',
	'#FF3A21',
	'#26BDE2',
	'#FCC30B',
	'#A21942',
	'#FD6925',
	'#DD1367',
	'#FD9D24',
	'#BF8B2E',
	'#3F7E44',
	'#0A97D9',
	'#56C02B',
	'#00689D',
	'#19486A'
] as const;

export interface SdgGoalRecord {
	/** 1–17. */
	number: number;
	/** Hex colour, e.g. "#FD9D24" for goal 11. */
	color: string;
	/** Short name, e.g. "Sustainable cities and communities". */
	short: Record<SdgLocale, string>;
	title: Record<SdgLocale, string>;
}

export interface SdgTargetRecord {
	/** "11.6", "6.a". */
	code: string;
	goal: number;
	title: Record<SdgLocale, string>;
}

export interface SdgReference {
	goals: SdgGoalRecord[];
	targets: SdgTargetRecord[];
}

/** Parsed yml of one locale: key → text. */
export type SdgTranslationFile = Record<string, string>;

/** Both files of every locale, already parsed. */
export type SdgTranslations = Record<
	SdgLocale,
	{ goals: SdgTranslationFile; targets: SdgTranslationFile }
>;

/** Where the files live in the repository, relative to its root. */
export const SDG_REFERENCE_DIR = 'data/reference/sdg';

const TARGET_KEY = /^(\d{1,2})-(\d{1,2}|[a-z])-title$/;

/**
 * Text of `key` in every locale. English is required; a missing translation falls back to English
 * so one gap in a community translation does not take a whole goal off the platform.
 */
function translated(
	translations: SdgTranslations,
	file: 'goals' | 'targets',
	key: string
): Record<SdgLocale, string> {
	const english = translations.en[file][key]?.trim();
	if (!english) throw new Error(`SDG reference: no English text for "${key}"`);
	const pick = (locale: SdgLocale): string => translations[locale][file][key]?.trim() || english;
	return {
		en: english,
		fr: pick('fr'),
		es: pick('es'),
		ar: pick('ar'),
		ru: pick('ru'),
		zh: pick('zh')
	};
}

/** Numbers before letters, in order: 11.1 … 11.10, then 11.a, 11.b. */
function compareTargets(a: SdgTargetRecord, b: SdgTargetRecord): number {
	if (a.goal !== b.goal) return a.goal - b.goal;
	const [, left = ''] = a.code.split('.');
	const [, right = ''] = b.code.split('.');
	const leftNumber = Number(left);
	const rightNumber = Number(right);
	const leftIsNumber = Number.isInteger(leftNumber);
	const rightIsNumber = Number.isInteger(rightNumber);
	if (leftIsNumber && rightIsNumber) return leftNumber - rightNumber;
	if (leftIsNumber !== rightIsNumber) return leftIsNumber ? -1 : 1;
	return left < right ? -1 : left > right ? 1 : 0;
}

/** Builds goals (1–17) and targets (goal order, numbered before lettered) from parsed files. */
export function buildSdgReference(translations: SdgTranslations): SdgReference {
	const goals = SDG_COLORS.map((color, index) => {
		const number = index + 1;
		return {
			number,
			color,
			short: translated(translations, 'goals', `${number}-short`),
			title: translated(translations, 'goals', `${number}-title`)
		};
	});
	const targets: SdgTargetRecord[] = [];
	for (const key of Object.keys(translations.en.targets)) {
		const match = TARGET_KEY.exec(key);
		if (!match) continue;
		const [, goal = '', target = ''] = match;
		targets.push({
			code: `${goal}.${target}`,
			goal: Number(goal),
			title: translated(translations, 'targets', key)
		});
	}
	return { goals, targets: targets.sort(compareTargets) };
}

function readTranslationFile(path: string): SdgTranslationFile {
	const parsed: unknown = parse(readFileSync(path, 'utf8'));
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new Error(`SDG reference: ${path} is not a map`);
	}
	const entries = Object.entries(parsed).map(([key, value]) => [key, String(value)]);
	return Object.fromEntries(entries);
}

/** Reads every locale's goal and target files; `dir` defaults to SDG_REFERENCE_DIR under the cwd. */
export function loadSdgReference(dir?: string): SdgReference {
	const root = dir ?? resolve(process.cwd(), SDG_REFERENCE_DIR);
	const read = (locale: SdgLocale) => ({
		goals: readTranslationFile(join(root, LOCALE_FOLDERS[locale], 'global_goals.yml')),
		targets: readTranslationFile(join(root, LOCALE_FOLDERS[locale], 'global_targets.yml'))
	});
	return buildSdgReference({
		en: read('en'),
		fr: read('fr'),
		es: read('es'),
		ar: read('ar'),
		ru: read('ru'),
		zh: read('zh')
	});
}
