import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DemoCity } from './demo.types.ts';

/**
 * The demo files under `data/`: the 200 solutions of the matchmaking development set, how each
 * provider name maps to an organization, and the cities they name. Validated on load so a bad
 * edit fails loudly at seed time rather than showing broken pages.
 */
const solutionSchema = z.object({
	id: z.string().regex(/^sol-\d{3}$/),
	title: z.string().min(1),
	summary: z.string().min(1),
	challenge: z.string().min(1),
	solution: z.string().min(1),
	results: z.string().min(1),
	language: z.enum(['en', 'es', 'fr', 'pt', 'ar', 'zh']),
	sdgs: z.array(z.number().int().min(1).max(17)).min(1),
	sectors: z.array(z.string()).min(1),
	countries: z.array(z.string().length(2)).min(1),
	cities: z.array(z.string()),
	providers: z.array(z.string()).min(1),
	modality: z.enum(['south-south', 'triangular']),
	year: z.number().int()
});
export type DemoSolution = z.infer<typeof solutionSchema>;

const providerSchema = z.object({
	name: z.string(),
	slug: z.string(),
	kind: z.string(),
	country: z.string().length(2).optional(),
	city: z.string().optional(),
	canonical: z.boolean().optional()
});
export type ProviderOrganization = z.infer<typeof providerSchema>;

const citySchema = z.object({
	name: z.string(),
	country: z.string().length(2),
	latitude: z.number(),
	longitude: z.number(),
	population: z.number().int().optional(),
	geonameId: z.number().int().optional()
});
export type ReferenceCity = DemoCity & { geonameId?: number };

export function readDemoSolutions(dataDirectory: string): DemoSolution[] {
	return readFileSync(join(dataDirectory, 'demo/solutions.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => solutionSchema.parse(JSON.parse(line)));
}

export function readProviderOrganizations(dataDirectory: string): ProviderOrganization[] {
	const raw: unknown = JSON.parse(
		readFileSync(join(dataDirectory, 'demo/provider-organizations.json'), 'utf8')
	);
	return z.array(providerSchema).parse(raw);
}

export function readReferenceCities(dataDirectory: string): ReferenceCity[] {
	const raw: unknown = JSON.parse(
		readFileSync(join(dataDirectory, 'reference/cities.json'), 'utf8')
	);
	return z.array(citySchema).parse(raw);
}
