import { deflateSync } from 'node:zlib';

/**
 * Small real files for tests, made in code rather than kept as binaries: a PNG any browser
 * shows, a PDF any viewer opens, and JPEG and WebP headers that carry a pixel size.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(body, 4);
	view.setUint32(8 + data.length, crc32(body));
	return out;
}

/** A valid PNG of the given size, every pixel the platform's green. */
export function samplePng(width = 2, height = 2): Uint8Array {
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
	const row = [0, ...Array.from({ length: width }, () => [0x0b, 0x5e, 0x55]).flat()];
	const pixels = Uint8Array.from(Array.from({ length: height }, () => row).flat());
	return new Uint8Array([
		...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
		...chunk('IHDR', header),
		...chunk('IDAT', deflateSync(pixels)),
		...chunk('IEND', new Uint8Array())
	]);
}

/** The markers of a baseline JPEG up to its frame header (enough to detect and size it). */
export function sampleJpeg(width = 4, height = 3): Uint8Array {
	return new Uint8Array([
		...[0xff, 0xd8], // start of image
		...[0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01],
		...[0x00, 0x01, 0x00, 0x00], // JFIF APP0
		...[0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff],
		...[0x01, 0x01, 0x11, 0x00], // one component
		...[0xff, 0xd9] // end of image
	]);
}

/** An extended-format (VP8X) WebP header of the given size. */
export function sampleWebp(width = 4, height = 3): Uint8Array {
	const le24 = (value: number) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff];
	const encoder = new TextEncoder();
	return new Uint8Array([
		...encoder.encode('RIFF'),
		...[22, 0, 0, 0],
		...encoder.encode('WEBPVP8X'),
		...[10, 0, 0, 0],
		...[0, 0, 0, 0],
		...le24(width - 1),
		...le24(height - 1)
	]);
}

/** A one-page PDF that says hello. */
export function samplePdf(words = 'Hello from South-South Galaxy'): Uint8Array {
	const stream = `BT /F1 12 Tf 20 100 Td (${words}) Tj ET`;
	return new TextEncoder().encode(
		[
			'%PDF-1.4',
			'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
			'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
			'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R',
			'/Resources << /Font << /F1 5 0 R >> >> >> endobj',
			`4 0 obj << /Length ${stream.length} >> stream`,
			stream,
			'endstream endobj',
			'5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
			'trailer << /Root 1 0 R >>',
			'%%EOF',
			''
		].join('\n')
	);
}
