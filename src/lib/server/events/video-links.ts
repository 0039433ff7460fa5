/**
 * Recordings on video sites: what a pasted address points at, where to watch it, and the
 * player to load when (and only when) the reader clicks. Pure functions with no imports, so the
 * demo seeder, the services and the tests share them.
 */

export type VideoProvider = 'youtube' | 'vimeo' | 'other';

export interface VideoLink {
	provider: VideoProvider;
	/** The site's id of the video (YouTube's 11 characters, Vimeo's number); null for others. */
	videoId: string | null;
	/** Where the video is watched: the site's canonical page, or the address as given. */
	watchUrl: string;
	/** The player to load on click, privacy-enhanced; null when the site offers none we allow. */
	embedUrl: string | null;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set([
	'youtube.com',
	'www.youtube.com',
	'm.youtube.com',
	'music.youtube.com',
	'youtube-nocookie.com',
	'www.youtube-nocookie.com'
]);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

/** A YouTube start time (`t=90`, `t=1m30s`, `start=90`) in seconds, or null. */
function youtubeStart(url: URL): number | null {
	const value = url.searchParams.get('t') ?? url.searchParams.get('start');
	if (!value) return null;
	const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
	if (!match || value === '') return null;
	const [, h = '0', m = '0', s = '0'] = match;
	const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
	return seconds > 0 ? seconds : null;
}

function youtubeId(url: URL): string | null {
	const host = url.hostname.toLowerCase();
	const segments = url.pathname.split('/').filter(Boolean);
	let candidate: string | undefined;
	if (host === 'youtu.be' || host === 'www.youtu.be') {
		candidate = segments[0];
	} else if (YOUTUBE_HOSTS.has(host)) {
		if (segments[0] === 'watch') candidate = url.searchParams.get('v') ?? undefined;
		else if (['shorts', 'live', 'embed', 'v', 'e'].includes(segments[0] ?? '')) {
			candidate = segments[1];
		}
	}
	return candidate && YOUTUBE_ID.test(candidate) ? candidate : null;
}

function vimeoIds(url: URL): { id: string; hash: string | null } | null {
	const host = url.hostname.toLowerCase();
	if (!VIMEO_HOSTS.has(host)) return null;
	const segments = url.pathname.split('/').filter(Boolean);
	if (host === 'player.vimeo.com') {
		if (segments[0] !== 'video' || !/^\d{1,12}$/.test(segments[1] ?? '')) return null;
		return { id: segments[1]!, hash: hashOf(url.searchParams.get('h')) };
	}
	// vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, …/groups/x/videos/123
	const index = segments.findIndex((segment) => /^\d{1,12}$/.test(segment));
	if (index < 0) return null;
	if (
		index > 0 &&
		!['channels', 'groups', 'album', 'showcase', 'video', 'videos'].includes(segments[0]!)
	) {
		return null;
	}
	return {
		id: segments[index]!,
		hash: hashOf(segments[index + 1] ?? url.searchParams.get('h'))
	};
}

function hashOf(value: string | null | undefined): string | null {
	return value && /^[0-9a-f]{6,20}$/i.test(value) ? value : null;
}

/**
 * What a recording's address points at, or null when it is not a web address (only http and
 * https, with a host and no user name or password).
 * @example parseVideoLink('https://youtu.be/dQw4w9WgXcQ?t=42')?.embedUrl
 *   === 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42'
 */
export function parseVideoLink(address: string): VideoLink | null {
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.hostname === '' || url.username !== '' || url.password !== '') return null;

	const youtube = youtubeId(url);
	if (youtube) {
		const start = youtubeStart(url);
		return {
			provider: 'youtube',
			videoId: youtube,
			watchUrl: `https://www.youtube.com/watch?v=${youtube}${start ? `&t=${start}s` : ''}`,
			embedUrl: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1${start ? `&start=${start}` : ''}`
		};
	}
	const vimeo = vimeoIds(url);
	if (vimeo) {
		return {
			provider: 'vimeo',
			videoId: vimeo.id,
			watchUrl: `https://vimeo.com/${vimeo.id}${vimeo.hash ? `/${vimeo.hash}` : ''}`,
			embedUrl: `https://player.vimeo.com/video/${vimeo.id}?${vimeo.hash ? `h=${vimeo.hash}&` : ''}autoplay=1&dnt=1`
		};
	}
	return { provider: 'other', videoId: null, watchUrl: url.href, embedUrl: null };
}

/** The longest recording accepted: 100 hours (anything longer is a typing mistake). */
export const MAX_DURATION_SECONDS = 100 * 3600;

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 };

function unitOf(word: string): 'h' | 'm' | 's' | null {
	const lower = word.toLowerCase();
	if (/^(h|hr|hrs|hour|hours)$/.test(lower)) return 'h';
	if (/^(m|min|mins|minute|minutes)$/.test(lower)) return 'm';
	if (/^(s|sec|secs|second|seconds)$/.test(lower)) return 's';
	return null;
}

function withinLimits(seconds: number): number | null {
	return Number.isInteger(seconds) && seconds > 0 && seconds <= MAX_DURATION_SECONDS
		? seconds
		: null;
}

/**
 * A duration as people write it, in seconds, or null when it reads as none:
 * `1:02:03`, `62:03` (minutes and seconds), `45 min`, `1 h 20 min`, `1h20m30s`, `90 s`,
 * ISO 8601 `PT1H2M3S`, or a bare number of minutes (`45`).
 * @example parseDuration('1:02:03') === 3723
 */
export function parseDuration(text: string): number | null {
	const value = text.trim();
	if (value === '') return null;

	const clock = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?$/.exec(value);
	if (clock) {
		const [, first, second, third] = clock;
		if (third === undefined) {
			if (Number(second) > 59 || second!.length !== 2) return null;
			return withinLimits(Number(first) * 60 + Number(second));
		}
		if (Number(second) > 59 || Number(third) > 59 || third.length !== 2 || second!.length !== 2) {
			return null;
		}
		return withinLimits(Number(first) * 3600 + Number(second) * 60 + Number(third));
	}

	const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(value);
	if (iso) {
		if (value.length <= 2) return null;
		const [, h = '0', m = '0', s = '0'] = iso;
		return withinLimits(Number(h) * 3600 + Number(m) * 60 + Number(s));
	}

	if (/^\d{1,4}$/.test(value)) return withinLimits(Number(value) * 60);

	// "1 h 20 min", "1h20m30s", "45 minutes": number–unit pairs, each unit at most once, in order.
	const pairs = [...value.matchAll(/(\d+)\s*([a-z]+)\.?\s*/gi)];
	if (pairs.length === 0 || pairs.map((pair) => pair[0]).join('') !== value.replace(/^\s+/, '')) {
		return null;
	}
	let total = 0;
	let last = Infinity;
	for (const [, amount, word] of pairs) {
		const unit = unitOf(word!);
		if (!unit || UNIT_SECONDS[unit]! >= last) return null;
		last = UNIT_SECONDS[unit]!;
		total += Number(amount) * last;
	}
	return withinLimits(total);
}

/**
 * Seconds as a clock reads them: `1:02:03`, `45:00`, `0:59`.
 * @example formatDuration(3723) === '1:02:03'
 */
export function formatDuration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = whole % 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * Seconds as an ISO 8601 duration, for `<time datetime>` and schema.org.
 * @example isoDuration(3723) === 'PT1H2M3S'
 */
export function isoDuration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = whole % 60;
	if (whole === 0) return 'PT0S';
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}
