import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	isoDuration,
	MAX_DURATION_SECONDS,
	parseDuration,
	parseVideoLink
} from './video-links.ts';

const ID = 'dQw4w9WgXcQ';
const YOUTUBE = {
	provider: 'youtube',
	videoId: ID,
	watchUrl: `https://www.youtube.com/watch?v=${ID}`,
	embedUrl: `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`
};

describe('parseVideoLink', () => {
	it('reads every usual form of a YouTube address', () => {
		for (const address of [
			`https://www.youtube.com/watch?v=${ID}`,
			`https://youtube.com/watch?v=${ID}`,
			`http://m.youtube.com/watch?v=${ID}`,
			`https://www.youtube.com/watch?feature=share&v=${ID}&list=PL123&index=2`,
			`https://youtu.be/${ID}`,
			`https://youtu.be/${ID}?si=abcDEF123`,
			`https://www.youtube.com/shorts/${ID}`,
			`https://www.youtube.com/live/${ID}?feature=shared`,
			`https://www.youtube.com/embed/${ID}`,
			`https://www.youtube-nocookie.com/embed/${ID}?rel=0`,
			`  https://www.youtube.com/watch?v=${ID}  `
		]) {
			expect(parseVideoLink(address), address).toEqual(YOUTUBE);
		}
	});

	it('keeps a YouTube start time, in both the watch page and the player', () => {
		expect(parseVideoLink(`https://youtu.be/${ID}?t=42`)).toMatchObject({
			watchUrl: `https://www.youtube.com/watch?v=${ID}&t=42s`,
			embedUrl: `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&start=42`
		});
		expect(parseVideoLink(`https://www.youtube.com/watch?v=${ID}&t=1m30s`)?.embedUrl).toBe(
			`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&start=90`
		);
		expect(parseVideoLink(`https://www.youtube.com/watch?v=${ID}&t=soon`)?.embedUrl).toBe(
			YOUTUBE.embedUrl
		);
	});

	it('treats YouTube pages without a valid video id as plain links', () => {
		for (const address of [
			'https://www.youtube.com/watch?v=short',
			'https://www.youtube.com/@UNOSSC',
			'https://www.youtube.com/playlist?list=PL123',
			`https://www.youtube.com/watch?v=${ID}x`,
			`https://notyoutube.com/watch?v=${ID}`,
			`https://youtube.com.evil.example/watch?v=${ID}`
		]) {
			const link = parseVideoLink(address);
			expect(link?.provider, address).toBe('other');
			expect(link?.embedUrl, address).toBeNull();
		}
	});

	it('reads Vimeo addresses, and asks its player not to track', () => {
		const vimeo = {
			provider: 'vimeo',
			videoId: '76979871',
			watchUrl: 'https://vimeo.com/76979871',
			embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'
		};
		for (const address of [
			'https://vimeo.com/76979871',
			'https://www.vimeo.com/76979871?share=copy',
			'https://vimeo.com/channels/staffpicks/76979871',
			'https://player.vimeo.com/video/76979871',
			'https://player.vimeo.com/video/76979871?title=0&byline=0'
		]) {
			expect(parseVideoLink(address), address).toEqual(vimeo);
		}
	});

	it('keeps the private hash of an unlisted Vimeo video', () => {
		expect(parseVideoLink('https://vimeo.com/76979871/1a2b3c4d5e')).toEqual({
			provider: 'vimeo',
			videoId: '76979871',
			watchUrl: 'https://vimeo.com/76979871/1a2b3c4d5e',
			embedUrl: 'https://player.vimeo.com/video/76979871?h=1a2b3c4d5e&autoplay=1&dnt=1'
		});
		expect(parseVideoLink('https://player.vimeo.com/video/76979871?h=1a2b3c4d5e')?.embedUrl).toBe(
			'https://player.vimeo.com/video/76979871?h=1a2b3c4d5e&autoplay=1&dnt=1'
		);
	});

	it('treats Vimeo pages that are not a video as plain links', () => {
		for (const address of ['https://vimeo.com/unossc', 'https://vimeo.com/user/12345']) {
			expect(parseVideoLink(address)?.provider, address).toBe('other');
		}
	});

	it('accepts other web addresses as links with no player', () => {
		expect(parseVideoLink('https://media.un.org/en/asset/k1x/k1xyz')).toEqual({
			provider: 'other',
			videoId: null,
			watchUrl: 'https://media.un.org/en/asset/k1x/k1xyz',
			embedUrl: null
		});
	});

	it('refuses anything that is not an http or https address', () => {
		for (const address of [
			'',
			'not a url',
			'javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'file:///etc/passwd',
			'ftp://example.org/video.mp4',
			'//youtu.be/dQw4w9WgXcQ',
			'https://user:secret@youtube.com/watch?v=dQw4w9WgXcQ'
		]) {
			expect(parseVideoLink(address), address).toBeNull();
		}
	});
});

describe('parseDuration', () => {
	it('reads clock times', () => {
		expect(parseDuration('1:02:03')).toBe(3723);
		expect(parseDuration('62:03')).toBe(3723);
		expect(parseDuration('0:59')).toBe(59);
		expect(parseDuration(' 45:00 ')).toBe(2700);
	});

	it('reads words and units', () => {
		expect(parseDuration('45 min')).toBe(2700);
		expect(parseDuration('45 minutes')).toBe(2700);
		expect(parseDuration('1 h 20 min')).toBe(4800);
		expect(parseDuration('1h20m30s')).toBe(4830);
		expect(parseDuration('2 hours')).toBe(7200);
		expect(parseDuration('90 s')).toBe(90);
		expect(parseDuration('1 hr. 5 mins')).toBe(3900);
	});

	it('reads ISO 8601 durations', () => {
		expect(parseDuration('PT1H2M3S')).toBe(3723);
		expect(parseDuration('PT45M')).toBe(2700);
		expect(parseDuration('pt30s')).toBe(30);
	});

	it('reads a bare number as minutes', () => {
		expect(parseDuration('45')).toBe(2700);
	});

	it('refuses what is not a duration', () => {
		for (const text of [
			'',
			'   ',
			'0:00',
			'PT',
			'PT0S',
			'1:60',
			'1:5',
			'1:60:00',
			'1:02:3',
			'abc',
			'45 parsecs',
			'20 min 1 h',
			'1 h 1 h',
			'-5 min',
			'1:02:03:04',
			'about 45 min',
			'101:00:00'
		]) {
			expect(parseDuration(text), text).toBeNull();
		}
		expect(parseDuration('100:00:00')).toBe(MAX_DURATION_SECONDS);
	});
});

describe('formatDuration and isoDuration', () => {
	it('write durations as a clock reads them', () => {
		expect(formatDuration(3723)).toBe('1:02:03');
		expect(formatDuration(2700)).toBe('45:00');
		expect(formatDuration(59)).toBe('0:59');
		expect(formatDuration(36000)).toBe('10:00:00');
	});

	it('round-trips with parseDuration', () => {
		for (const seconds of [1, 59, 60, 61, 3599, 3600, 3723, 86399, 360000]) {
			expect(parseDuration(formatDuration(seconds)), String(seconds)).toBe(seconds);
			expect(parseDuration(isoDuration(seconds)), String(seconds)).toBe(seconds);
		}
	});

	it('write ISO 8601 durations', () => {
		expect(isoDuration(3723)).toBe('PT1H2M3S');
		expect(isoDuration(2700)).toBe('PT45M');
		expect(isoDuration(3600)).toBe('PT1H');
		expect(isoDuration(0)).toBe('PT0S');
	});
});
