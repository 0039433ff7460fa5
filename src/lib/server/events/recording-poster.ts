/**
 * The still shown for a recording when the organizers uploaded none: an SVG poster made here,
 * served from our own origin, so that an event page asks nothing of a video site before the
 * reader clicks. It holds only text and shapes: no links, images, fonts or scripts.
 */

export const POSTER_WIDTH = 640;
export const POSTER_HEIGHT = 360;

const LINE_LENGTH = 26;
const MAX_LINES = 3;

/** Text as SVG character data or an attribute value. */
export function escapeXml(value: string): string {
	return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The title in at most three lines of about 26 characters, the last one cut with "…". */
export function wrapTitle(title: string): string[] {
	const words = title
		.replace(/\s+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		// Scripts written without spaces (Chinese) and very long words are cut where they must be.
		.flatMap((word) => {
			const chars = [...word];
			const parts: string[] = [];
			for (let i = 0; i < chars.length; i += LINE_LENGTH) {
				parts.push(chars.slice(i, i + LINE_LENGTH).join(''));
			}
			return parts;
		});
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		const candidate = current === '' ? word : `${current} ${word}`;
		if ([...candidate].length <= LINE_LENGTH) {
			current = candidate;
			continue;
		}
		lines.push(current);
		current = word;
	}
	if (current !== '') lines.push(current);
	if (lines.length <= MAX_LINES) return lines;
	const kept = lines.slice(0, MAX_LINES);
	const last = [...kept[MAX_LINES - 1]!];
	kept[MAX_LINES - 1] = `${last.slice(0, LINE_LENGTH - 1).join('')}…`;
	return kept;
}

export interface PosterText {
	title: string;
	/** The language, named in itself ("English", "Français"). */
	language: string;
	/** `1:02:03`, or null when unknown. */
	duration: string | null;
}

/**
 * An SVG poster: a dark 16:9 card with the title, the language and duration, and a play symbol.
 * @example renderRecordingPoster({ title: 'Launch', language: 'English', duration: '45:00' })
 */
export function renderRecordingPoster({ title, language, duration }: PosterText): string {
	const lines = wrapTitle(title);
	const titleText = lines
		.map(
			(line, index) =>
				`<text x="40" y="${72 + index * 44}" font-size="36" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`
		)
		.join('');
	const facts = [language, duration].filter(Boolean).join(' · ');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif">`,
		`<rect width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" fill="#1b3a57"/>`,
		`<rect y="${POSTER_HEIGHT - 64}" width="${POSTER_WIDTH}" height="64" fill="#10263a"/>`,
		titleText,
		`<circle cx="320" cy="232" r="40" fill="#ffffff" fill-opacity="0.92"/>`,
		`<path d="M307 210 L307 254 L344 232 Z" fill="#1b3a57"/>`,
		`<text x="40" y="${POSTER_HEIGHT - 20}" font-size="28" fill="#e8eef4">${escapeXml(facts)}</text>`,
		`</svg>`
	].join('');
}
