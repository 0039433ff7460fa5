import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the server reads from an uploaded PDF: its page count and a cover image (page one
 * rendered to WebP). Only the knowledge editor loads this module (pdf.js and a native canvas are
 * heavy), never the demo seeder or the command line.
 */

export interface PdfInspection {
	pageCount: number;
	/** Page one as a WebP image, `width` pixels wide. */
	cover: Uint8Array;
	width: number;
	height: number;
}

/** Why a PDF was refused: it asks for a password, it cannot be read, or it took too long. */
export type PdfRefusal = 'encrypted' | 'unreadable' | 'too-slow';

export class PdfInspectionError extends Error {
	readonly reason: PdfRefusal;

	constructor(reason: PdfRefusal) {
		super(`The PDF was refused (${reason}).`);
		this.reason = reason;
		this.name = 'PdfInspectionError';
	}
}

export interface PdfInspectOptions {
	/** The cover's width in pixels (400 unless told). */
	coverWidth?: number;
	/** How long reading and rendering may take, in milliseconds (15 s unless told). */
	timeoutMs?: number;
}

/** The largest cover we make, whatever the page's shape: a very tall page is cut at this height. */
const MAX_COVER_HEIGHT = 1200;

/** pdf.js's fonts for the 14 standard PDF fonts, so text in PDFs that do not embed them renders. */
function standardFontDataUrl(): string | undefined {
	try {
		const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
		return pathToFileURL(join(root, 'standard_fonts') + '/').pathname;
	} catch {
		return undefined;
	}
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			onTimeout();
			reject(new PdfInspectionError('too-slow'));
		}, ms);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads the page count of a PDF and renders its first page (only the first) to a WebP cover.
 * Throws {@link PdfInspectionError} for a password-protected, broken or too slow file.
 * @example const { pageCount, cover } = await inspectPdf(bytes); // cover: RIFF…WEBP
 */
export async function inspectPdf(
	bytes: Uint8Array,
	options: PdfInspectOptions = {}
): Promise<PdfInspection> {
	const coverWidth = options.coverWidth ?? 400;
	const [{ getDocument }, { createCanvas }] = await Promise.all([
		import('pdfjs-dist/legacy/build/pdf.mjs'),
		import('@napi-rs/canvas')
	]);
	// pdf.js may take over (detach) the buffer it is given: hand it a copy.
	const task = getDocument({
		data: new Uint8Array(bytes),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: true,
		verbosity: 0,
		standardFontDataUrl: standardFontDataUrl()
	});
	const work = (async () => {
		const pdf = await task.promise;
		const page = await pdf.getPage(1);
		const unscaled = page.getViewport({ scale: 1 });
		const viewport = page.getViewport({ scale: coverWidth / unscaled.width });
		const width = coverWidth;
		const height = Math.max(1, Math.min(MAX_COVER_HEIGHT, Math.round(viewport.height)));
		const canvas = createCanvas(width, height);
		const context = canvas.getContext('2d');
		// A page without a background is transparent: covers are shown on white.
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
		await page.render({
			canvas: canvas as unknown as HTMLCanvasElement,
			canvasContext: context as unknown as CanvasRenderingContext2D,
			viewport
		}).promise;
		const cover = new Uint8Array(await canvas.encode('webp', 80));
		return { pageCount: pdf.numPages, cover, width, height };
	})();
	try {
		return await withTimeout(work, options.timeoutMs ?? 15_000, () => void task.destroy());
	} catch (error) {
		if (error instanceof PdfInspectionError) throw error;
		if (error instanceof Error && error.name === 'PasswordException')
			throw new PdfInspectionError('encrypted');
		throw new PdfInspectionError('unreadable');
	} finally {
		await task.destroy().catch(() => undefined);
	}
}
