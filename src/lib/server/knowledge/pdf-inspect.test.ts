import { describe, expect, it } from 'vitest';
import { readImageSize } from '../solutions/solution-attachments.files.ts';
import { buildTestPdf } from './pdf-fixtures.ts';
import { inspectPdf, PdfInspectionError } from './pdf-inspect.ts';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, to));

async function refusal(bytes: Uint8Array): Promise<string> {
	try {
		await inspectPdf(bytes);
	} catch (error) {
		if (error instanceof PdfInspectionError) return error.reason;
		throw error;
	}
	return 'accepted';
}

describe('inspectPdf', () => {
	it('counts the pages and renders page one to a WebP cover 400 pixels wide', async () => {
		const { pageCount, cover, width, height } = await inspectPdf(buildTestPdf({ pages: 2 }));
		expect(pageCount).toBe(2);
		expect(ascii(cover, 0, 4)).toBe('RIFF');
		expect(ascii(cover, 8, 12)).toBe('WEBP');
		expect([width, height]).toEqual([400, 600]);
		expect(readImageSize(cover)).toEqual({ width: 400, height: 600 });
	});

	it('renders at the width asked for, keeping the page shape', async () => {
		const inspection = await inspectPdf(buildTestPdf({ pages: 5, width: 600, height: 300 }), {
			coverWidth: 120
		});
		expect(inspection.pageCount).toBe(5);
		expect(readImageSize(inspection.cover)).toEqual({ width: 120, height: 60 });
	});

	it('refuses bytes that are no PDF, a truncated PDF and a password-protected one', async () => {
		expect(await refusal(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'))).toBe(
			'unreadable'
		);
		expect(await refusal(new Uint8Array([0xde, 0xad, 0xbe, 0xef, 1, 2, 3]))).toBe('unreadable');
		expect(await refusal(buildTestPdf().subarray(0, 120))).toBe('unreadable');
		expect(await refusal(buildTestPdf({ encrypted: true }))).toBe('encrypted');
	});

	it('gives up after the time limit', async () => {
		await expect(inspectPdf(buildTestPdf({ pages: 1 }), { timeoutMs: 0 })).rejects.toMatchObject({
			reason: 'too-slow'
		});
	});
});
