import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '#lib/server/db/database.ts';
import { readReferenceCities } from '#lib/server/demo/demo-sources.ts';
import { rebuildSearchIndex } from '#lib/server/search/index-writer.ts';
import { readCorpusReference } from '../search/bench-database.ts';
import { generateCorpus } from '../search/corpus.ts';
import { loadCorpus } from '../search/load-corpus.ts';
import { Random } from '../search/random.ts';
import { loadPlacesAndOffers } from './load-places-and-offers.ts';
import { generateOffers } from './offers.ts';
import { assignCities, generateCities } from './places.ts';

/** What a corpus holds and how long each step of filling it took. */
export interface CorpusFill {
	solutions: number;
	organizations: number;
	cities: number;
	offers: number;
	generateMs: number;
	insertMs: number;
	indexMs: number;
}

/** A different stream from the search corpus' seed, so that corpus stays identical. */
const EXTRAS_SEED_OFFSET = 0x6d61_7463;

type Step = <T>(label: string, work: () => Promise<T> | T) => Promise<{ value: T; ms: number }>;

/**
 * Fills a migrated database that has the reference data: the search benchmark's synthetic
 * solutions and organizations (`../search/corpus.ts`, N and N/10), then cities with populations
 * and the solutions implemented in them, N/50 active offers (and a few withdrawn ones), then the
 * search index — the match index follows `search_documents`.
 */
export async function fillMatchCorpus(
	db: Kysely<Database>,
	options: { size: number; seed: number; dataDirectory: string; step: Step }
): Promise<CorpusFill> {
	const { size, seed, step } = options;
	const reference = await readCorpusReference(db);
	const generated = await step(
		`generating ${size.toLocaleString('en')} solutions and offers`,
		() => {
			const corpus = generateCorpus(size, reference, seed);
			const random = new Random(seed + EXTRAS_SEED_OFFSET);
			const cities = generateCities(
				reference.countries.map((country) => country.code),
				readReferenceCities(options.dataDirectory),
				random
			);
			const solutionCities = assignCities(corpus.solutions, cities, random);
			const offers = generateOffers(corpus, reference, random);
			return { corpus, cities, solutionCities, offers };
		}
	);
	const { corpus, cities, offers } = generated.value;
	const inserted = await step('inserting them', async () => {
		const ids = await loadCorpus(db, corpus);
		await loadPlacesAndOffers(db, { ...generated.value, ids });
	});
	const indexed = await step('rebuilding the search index', () => rebuildSearchIndex(db));
	return {
		solutions: corpus.solutions.length,
		organizations: corpus.organizations.length,
		cities: cities.length,
		offers: offers.filter((offer) => offer.status === 'active').length,
		generateMs: generated.ms,
		insertMs: inserted.ms,
		indexMs: indexed.ms
	};
}

const ROOT = resolve(import.meta.dirname, '../..');
/** What the cached corpus is made from: a change to any of these makes a new one. */
const CORPUS_SOURCES = [
	'bench/search/bench-database.ts',
	'bench/search/corpus.ts',
	'bench/search/load-corpus.ts',
	'bench/search/random.ts',
	'bench/search/text-writer.ts',
	'bench/search/themes.ts',
	'bench/search/vocabulary',
	'bench/match/corpus-database.ts',
	'bench/match/load-places-and-offers.ts',
	'bench/match/offers.ts',
	'bench/match/places.ts',
	'src/lib/server/db/migrations',
	'src/lib/server/search/index-writer.ts',
	'data/reference'
];

function hashSources(hash: ReturnType<typeof createHash>, path: string) {
	const absolute = join(ROOT, path);
	if (!existsSync(absolute)) return;
	if (statSync(absolute).isDirectory()) {
		for (const entry of readdirSync(absolute).sort()) hashSources(hash, join(path, entry));
	} else {
		hash.update(path).update(readFileSync(absolute));
	}
}

const CACHE_FOLDER = join(tmpdir(), 'galaxy-bench-match');
const cachePrefix = (size: number, seed: number) => `sqlite-${size}-seed${seed}-`;

/**
 * Where `--cache` keeps the SQLite corpus of a size and seed: a temporary folder, under a name
 * that changes with the generator, the schema and the reference data.
 */
export function cachedCorpusFile(size: number, seed: number): string {
	const hash = createHash('sha256');
	for (const path of CORPUS_SOURCES) hashSources(hash, path);
	return join(CACHE_FOLDER, `${cachePrefix(size, seed)}${hash.digest('hex').slice(0, 12)}.db`);
}

/**
 * Copies a filled SQLite database to `file` (compacted; whole or not at all) and deletes the
 * older corpora of the same size and seed.
 */
export async function saveCachedCorpus(
	db: Kysely<Database>,
	file: string,
	size: number,
	seed: number
): Promise<void> {
	mkdirSync(CACHE_FOLDER, { recursive: true });
	for (const entry of readdirSync(CACHE_FOLDER)) {
		if (entry.startsWith(cachePrefix(size, seed)))
			rmSync(join(CACHE_FOLDER, entry), { force: true });
	}
	const partial = `${file}.partial`;
	await sql`vacuum into ${partial}`.execute(db);
	renameSync(partial, file);
}
