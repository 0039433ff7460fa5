import { describe, expect, it } from 'vitest';
import { escapeXml, renderRecordingPoster, wrapTitle } from './recording-poster.ts';

describe('recording posters', () => {
	it('wrap a long title in three lines at most, cut with an ellipsis', () => {
		const lines = wrapTitle(
			'Promoting SSTC in Support of COVID-19 Recovery and Sustainable Development through UNOSSC Projects'
		);
		expect(lines).toHaveLength(3);
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(26);
		expect(lines[2]!.endsWith('…')).toBe(true);
		expect(wrapTitle('Opening   remarks')).toEqual(['Opening remarks']);
	});

	it('cut titles written without spaces', () => {
		const lines = wrapTitle('南南合作'.repeat(10));
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(26);
	});

	it('escape every character that means something in XML', () => {
		expect(escapeXml(`<a href="x">&'</a>`)).toBe(
			'&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;'
		);
	});

	it('hold the title, language and duration, and nothing that loads', () => {
		const svg = renderRecordingPoster({
			title: '</text><script>alert(1)</script>',
			language: 'العربية',
			duration: '1:02:03'
		});
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toContain('<script');
		expect(svg).toContain('العربية · 1:02:03');
		expect(svg).not.toMatch(/href|<image|<foreignObject|url\(/);
		expect(
			renderRecordingPoster({ title: 'Launch', language: 'English', duration: null })
		).toContain('>English</text>');
	});
});
