import { describe, expect, it } from 'vitest';
import {
	contentDisposition,
	detectFileType,
	readImageSize,
	sanitizeFileName
} from './solution-attachments.files.ts';
import { samplePdf, samplePng, sampleJpeg, sampleWebp } from './solution-attachments.samples.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('detectFileType', () => {
	it('recognizes JPEG, PNG, WebP and PDF by their first bytes', () => {
		expect(detectFileType(sampleJpeg())).toEqual({
			kind: 'image',
			mediaType: 'image/jpeg',
			extension: 'jpg'
		});
		expect(detectFileType(samplePng())?.mediaType).toBe('image/png');
		expect(detectFileType(sampleWebp())?.mediaType).toBe('image/webp');
		expect(detectFileType(samplePdf())).toEqual({
			kind: 'pdf',
			mediaType: 'application/pdf',
			extension: 'pdf'
		});
	});

	it('refuses text, HTML, SVG, scripts and other formats whatever they claim to be', () => {
		for (const content of [
			'just some text that claims to be a picture',
			'<!doctype html><script>alert(1)</script>',
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
			'GIF89a\x01\x00\x01\x00',
			'PK\x03\x04 a zip or an office document',
			'RIFF\x00\x00\x00\x00WAVEfmt ',
			' %PDF-1.7 with a space before it',
			''
		]) {
			expect(detectFileType(text(content)), content).toBeNull();
		}
		// A PNG signature without its header chunk is not an image.
		expect(detectFileType(samplePng().subarray(0, 8))).toBeNull();
	});
});

describe('readImageSize', () => {
	it('reads the pixel size from JPEG, PNG and WebP headers', () => {
		expect(readImageSize(samplePng(3, 2))).toEqual({ width: 3, height: 2 });
		expect(readImageSize(sampleJpeg(640, 480))).toEqual({ width: 640, height: 480 });
		expect(readImageSize(sampleWebp(1200, 800))).toEqual({ width: 1200, height: 800 });
	});

	it('answers null for a truncated header, an empty image or a PDF', () => {
		expect(readImageSize(samplePng().subarray(0, 20))).toBeNull();
		expect(readImageSize(samplePng(0, 10))).toBeNull();
		expect(readImageSize(sampleJpeg().subarray(0, 6))).toBeNull();
		expect(readImageSize(samplePdf())).toBeNull();
	});
});

describe('sanitizeFileName', () => {
	it('keeps an ordinary name, with the extension of what the file really is', () => {
		expect(sanitizeFileName('Compost site, Koidu 2024.png', 'png')).toBe(
			'Compost site, Koidu 2024.png'
		);
		expect(sanitizeFileName('photo.JPEG', 'jpg')).toBe('photo.jpeg');
		expect(sanitizeFileName('report.exe', 'pdf')).toBe('report.pdf');
		expect(sanitizeFileName('picture.png', 'webp')).toBe('picture.webp');
		expect(sanitizeFileName('no extension', 'pdf')).toBe('no extension.pdf');
	});

	it('drops folders, control and direction characters, and what headers or URLs treat specially', () => {
		expect(sanitizeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
		expect(sanitizeFileName('C:\\Users\\amina\\plan.pdf', 'pdf')).toBe('plan.pdf');
		expect(sanitizeFileName('a\u0000b\r\nc.pdf', 'pdf')).toBe('abc.pdf');
		expect(sanitizeFileName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf');
		expect(sanitizeFileName('a"b<c>d|e?f*g%h;i#j.pdf', 'pdf')).toBe('abcdefghij.pdf');
		expect(sanitizeFileName('   spaced    out   .pdf', 'pdf')).toBe('spaced out.pdf');
	});

	it('never answers a hidden, empty or dots-only name', () => {
		expect(sanitizeFileName('.htaccess', 'png')).toBe('htaccess.png');
		expect(sanitizeFileName('', 'png')).toBe('attachment.png');
		expect(sanitizeFileName('...', 'pdf')).toBe('attachment.pdf');
		expect(sanitizeFileName('/', 'pdf')).toBe('attachment.pdf');
	});

	it('keeps names in any script, normalized, and cuts long ones to 100 characters', () => {
		expect(sanitizeFileName('报告 2023.pdf', 'pdf')).toBe('报告 2023.pdf');
		expect(sanitizeFileName('تقرير.pdf', 'pdf')).toBe('تقرير.pdf');
		expect(sanitizeFileName('Re\u0301sume\u0301.pdf', 'pdf')).toBe('Résumé.pdf');
		const long = sanitizeFileName(`${'é'.repeat(300)}.pdf`, 'pdf');
		expect([...long]).toHaveLength(100);
		expect(long.endsWith('.pdf')).toBe(true);
	});
});

describe('contentDisposition', () => {
	it('gives an ASCII name for old clients and the exact name encoded for the others', () => {
		expect(contentDisposition('inline', 'plan.pdf')).toBe(
			`inline; filename="plan.pdf"; filename*=UTF-8''plan.pdf`
		);
		expect(contentDisposition('inline', 'Résumé (v2).pdf')).toBe(
			`inline; filename="Resume (v2).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28v2%29.pdf`
		);
		expect(contentDisposition('inline', '报告.pdf')).toBe(
			`inline; filename="attachment.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`
		);
	});
});
