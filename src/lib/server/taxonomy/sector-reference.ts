import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The platform's 22 sector themes (`data/reference/sectors.json`), each mapped to 1–3 OECD DAC
 * 5-digit purpose codes from the IATI Sector codelist so solutions and projects can be exported to
 * IATI and matched against DAC-coded data. Validated on load: the file is edited by hand.
 */

export const sectorRecordSchema = z.object({
	slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
	name: z.string().min(1),
	dacCodes: z
		.array(z.string().regex(/^\d{5}$/))
		.min(1)
		.max(3)
});

export type SectorRecord = z.infer<typeof sectorRecordSchema>;

const sectorListSchema = z
	.array(sectorRecordSchema)
	.min(1)
	.refine((sectors) => new Set(sectors.map((sector) => sector.slug)).size === sectors.length, {
		message: 'sector slugs must be unique'
	});

/** Where the file lives in the repository, relative to its root. */
export const SECTORS_PATH = 'data/reference/sectors.json';

/** Validates parsed JSON; throws a ZodError naming the bad entry. Order is kept (display order). */
export function parseSectorReference(data: unknown): SectorRecord[] {
	return sectorListSchema.parse(data);
}

/** Reads and validates the sector list; `path` defaults to SECTORS_PATH under the cwd. */
export function loadSectorReference(path?: string): SectorRecord[] {
	const file = path ?? resolve(process.cwd(), SECTORS_PATH);
	const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
	return parseSectorReference(data);
}
