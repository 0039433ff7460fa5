import { createRequire } from 'node:module';
import type { AnalyzedLanguage } from './language.ts';
import { normalize } from './normalize.ts';

/**
 * Stop words come from stopwords-iso, read with `require` because the package is a bare JSON
 * file (an ESM JSON import needs an import attribute that bundlers may drop for externals).
 *
 * Its lists are broad: besides function words they hold words our users search for. Those are
 * kept as content words below — "need", "water" (вода), "city" (город), "work", "system", the
 * "Nations" of للأمم المتحدة, the "re-" of إعادة التدوير (recycling) — so searches find them. Entries that are not a single
 * word of letters (digits, "i.e.", "don't", "все еще") are left out: numbers are always kept, and
 * such entries never equal one token. Everything is compared in `normalize`d form.
 */
export const CONTENT_WORDS: Readonly<Record<AnalyzedLanguage, readonly string[]>> = {
	en: [
		'area',
		'areas',
		'computer',
		'fire',
		'goods',
		'group',
		'groups',
		'home',
		'homepage',
		'information',
		'interest',
		'interests',
		'invention',
		'member',
		'members',
		'need',
		'needed',
		'needing',
		'needs',
		'problem',
		'problems',
		'research',
		'results',
		'site',
		'state',
		'states',
		'system',
		'test',
		'text',
		'value',
		'web',
		'webpage',
		'website',
		'work',
		'worked',
		'working',
		'works',
		'world'
	],
	es: [
		'pais',
		'trabaja',
		'trabajais',
		'trabajamos',
		'trabajan',
		'trabajar',
		'trabajas',
		'trabajo',
		'valor'
	],
	fr: ['essai', 'etat', 'force', 'gens', 'parole', 'personne', 'personnes', 'sujet', 'valeur'],
	pt: [
		'ano',
		'anos',
		'apoio',
		'area',
		'caminho',
		'conselho',
		'grupo',
		'local',
		'nivel',
		'numero',
		'obra',
		'pessoas',
		'povo',
		'questao',
		'relacao',
		'sistema',
		'trabalhar',
		'trabalho',
		'valor',
		'viagem'
	],
	ar: ['اطار', 'اعاده', 'زياره', 'سنه', 'سنوات', 'عدد', 'قوه', 'للامم'],
	ru: [
		'война',
		'вода',
		'город',
		'деньги',
		'дом',
		'дорога',
		'жизнь',
		'женщина',
		'земля',
		'книга',
		'люди',
		'машина',
		'мир',
		'мира',
		'москва',
		'народ',
		'работа',
		'работать',
		'ребенок',
		'россия',
		'свет',
		'сила',
		'страна',
		'улица',
		'человек'
	]
};

const require = createRequire(import.meta.url);
const LETTERS_ONLY = /^\p{L}+$/u;
const stopWordSets = new Map<AnalyzedLanguage, ReadonlySet<string>>();

function loadStopWords(language: AnalyzedLanguage): ReadonlySet<string> {
	const lists: unknown = require('stopwords-iso');
	const listed: unknown =
		typeof lists === 'object' && lists !== null ? Reflect.get(lists, language) : undefined;
	if (!Array.isArray(listed)) throw new Error(`stopwords-iso has no list for "${language}"`);
	const kept = new Set(CONTENT_WORDS[language].map(normalize));
	const words = new Set<string>();
	for (const entry of listed) {
		if (typeof entry !== 'string') continue;
		const word = normalize(entry);
		if (LETTERS_ONLY.test(word) && !kept.has(word)) words.add(word);
	}
	return words;
}

/** Whether a normalized token is a stop word of `language`. */
export function isStopWord(token: string, language: AnalyzedLanguage): boolean {
	let words = stopWordSets.get(language);
	if (!words) {
		words = loadStopWords(language);
		stopWordSets.set(language, words);
	}
	return words.has(token);
}
