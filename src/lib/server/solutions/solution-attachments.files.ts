/**
 * What an uploaded file really is, read from its first bytes ("magic numbers"), never from its
 * name or the browser's content type: a `.png` that holds text, HTML or a script is refused.
 */
export interface DetectedType {
	kind: 'image' | 'pdf';
	mediaType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
	extension: 'jpg' | 'png' | 'webp' | 'pdf';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
	if (bytes.length < offset + signature.length) return false;
	return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/**
 * The type of a file from its content, or null when it is none of JPEG, PNG, WebP or PDF.
 * @example detectFileType(await file.bytes())?.mediaType === 'image/png'
 */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
		return { kind: 'image', mediaType: 'image/jpeg', extension: 'jpg' };
	}
	// The IHDR chunk must follow the signature in a valid PNG.
	if (startsWith(bytes, PNG_SIGNATURE) && ascii(bytes, 12, 4) === 'IHDR') {
		return { kind: 'image', mediaType: 'image/png', extension: 'png' };
	}
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
		return { kind: 'image', mediaType: 'image/webp', extension: 'webp' };
	}
	if (ascii(bytes, 0, 5) === '%PDF-') {
		return { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' };
	}
	return null;
}

export interface ImageSize {
	width: number;
	height: number;
}

function uint16be(bytes: Uint8Array, offset: number): number {
	return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function uint32be(bytes: Uint8Array, offset: number): number {
	return uint16be(bytes, offset) * 0x10000 + uint16be(bytes, offset + 2);
}

function uint16le(bytes: Uint8Array, offset: number): number {
	return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

function uint24le(bytes: Uint8Array, offset: number): number {
	return uint16le(bytes, offset) | ((bytes[offset + 2] ?? 0) << 16);
}

function jpegSize(bytes: Uint8Array): ImageSize | null {
	let offset = 2;
	while (offset + 9 < bytes.length) {
		if (bytes[offset] !== 0xff) return null;
		const marker = bytes[offset + 1] ?? 0;
		if (marker === 0xff) {
			offset += 1; // fill byte
			continue;
		}
		// Start-of-frame markers (baseline, progressive, lossless…), not DHT/JPG/DAC.
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
			return { height: uint16be(bytes, offset + 5), width: uint16be(bytes, offset + 7) };
		}
		if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan before a frame
		offset += 2 + uint16be(bytes, offset + 2);
	}
	return null;
}

function webpSize(bytes: Uint8Array): ImageSize | null {
	const chunk = ascii(bytes, 12, 4);
	if (chunk === 'VP8X' && bytes.length >= 30) {
		return { width: uint24le(bytes, 24) + 1, height: uint24le(bytes, 27) + 1 };
	}
	if (chunk === 'VP8 ' && bytes.length >= 30 && startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) {
		return { width: uint16le(bytes, 26) & 0x3fff, height: uint16le(bytes, 28) & 0x3fff };
	}
	if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
		const bits =
			(bytes[21] ?? 0) |
			((bytes[22] ?? 0) << 8) |
			((bytes[23] ?? 0) << 16) |
			((bytes[24] ?? 0) * 0x1000000);
		return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
	}
	return null;
}

/**
 * The pixel size of a JPEG, PNG or WebP image from its header, or null when the header is
 * missing or broken. `bytes` may be just the start of the file (the first 64 KB are plenty for
 * all but JPEGs with very large metadata).
 */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
	const type = detectFileType(bytes);
	let size: ImageSize | null = null;
	if (type?.mediaType === 'image/png' && bytes.length >= 24) {
		size = { width: uint32be(bytes, 16), height: uint32be(bytes, 20) };
	} else if (type?.mediaType === 'image/jpeg') {
		size = jpegSize(bytes);
	} else if (type?.mediaType === 'image/webp') {
		size = webpSize(bytes);
	}
	return size && size.width > 0 && size.height > 0 ? size : null;
}

const MAX_NAME_LENGTH = 100;
// Characters that are unsafe in a file name on some system, or in a header or URL.
const UNSAFE =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
	/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*%;#\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A file name safe to store, show and send back in a header: no folders, no control or
 * direction-changing characters, nothing a file system or a URL treats specially, at most 100
 * characters, and the extension of what the file really is.
 * @example sanitizeFileName('../../etc/Report 2024.PDF.exe', 'pdf') === 'Report 2024.PDF.pdf'
 */
export function sanitizeFileName(original: string, extension: DetectedType['extension']): string {
	const base = original.split(/[/\\]/).pop() ?? '';
	let name = base.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
	name = name.replace(/^[.\s]+/, '');
	const dot = name.lastIndexOf('.');
	let stem = (dot > 0 ? name.slice(0, dot) : name).replace(/[.\s]+$/, '');
	const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	const keep = given === extension || (extension === 'jpg' && given === 'jpeg');
	const suffix = keep ? given : extension;
	const room = MAX_NAME_LENGTH - suffix.length - 1;
	if ([...stem].length > room) stem = [...stem].slice(0, room).join('').trimEnd();
	if (stem === '') stem = 'attachment';
	return `${stem}.${suffix}`;
}

/**
 * A `Content-Disposition` value with a plain ASCII name for old clients and the exact name,
 * percent-encoded, for the others (RFC 6266, RFC 8187).
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
	const fallback = fileName
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\]/g, '');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
	);
	const plain = fallback.startsWith('.') || fallback === '' ? `attachment${fallback}` : fallback;
	return `${type}; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
