import { geoEqualEarth, type GeoProjection } from 'd3-geo';

/**
 * The map of a cluster's member cities, drawn on the server as one small SVG: land as a single
 * path with whole-pixel coordinates, and a circle per city with its name as a tooltip. Pages embed
 * it as an `<img>`; the list of members by region beside it is the accessible alternative.
 */

export interface MapCity {
	name: string;
	country: string;
	longitude: number;
	latitude: number;
}

/** How the map is framed: the projection, and a key naming the frame (for caching the land). */
export interface MapView {
	projection: GeoProjection;
	key: string;
}

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 360;

/** Wider than this (degrees of longitude or latitude), members are spread: show the world. */
const WORLD_SPAN = { longitude: 150, latitude: 80 };
/** The least a regional view shows, so one city is not drawn at street scale. */
const MIN_SPAN = { longitude: 24, latitude: 14 };
const MARGIN = 12;
/** The inhabited world: Antarctica, half the land at this scale, is left out. */
const WORLD_FRAME = {
	type: 'MultiPoint' as const,
	coordinates: [-180, -90, 0, 90, 180].flatMap((longitude) =>
		[-56, 0, 84].map((latitude): [number, number] => [longitude, latitude])
	)
};

function isPlaced(city: MapCity): boolean {
	return (
		Number.isFinite(city.longitude) &&
		Number.isFinite(city.latitude) &&
		Math.abs(city.longitude) <= 180 &&
		Math.abs(city.latitude) <= 90
	);
}

function round(value: number): number {
	return Math.round(value);
}

/**
 * The frame that shows every city with a margin around them (Equal Earth, centred on them), or
 * the whole world when they are spread across it.
 * @example mapViewFor([{ name: 'Koidu', country: 'Sierra Leone', longitude: -10.97, latitude: 8.64 }]).key
 */
export function mapViewFor(cities: MapCity[]): MapView {
	const placed = cities.filter(isPlaced);
	const extent: [[number, number], [number, number]] = [
		[MARGIN, MARGIN],
		[MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN]
	];
	const longitudes = placed.map((city) => city.longitude);
	const latitudes = placed.map((city) => city.latitude);
	const west = Math.min(...longitudes);
	const east = Math.max(...longitudes);
	const south = Math.min(...latitudes);
	const north = Math.max(...latitudes);
	if (
		placed.length === 0 ||
		east - west > WORLD_SPAN.longitude ||
		north - south > WORLD_SPAN.latitude
	) {
		return { projection: geoEqualEarth().fitExtent(extent, WORLD_FRAME), key: 'world' };
	}
	const halfLongitude = Math.max((east - west) * 0.65, MIN_SPAN.longitude / 2);
	const halfLatitude = Math.max((north - south) * 0.65, MIN_SPAN.latitude / 2);
	const centre = { longitude: round((west + east) / 2), latitude: round((south + north) / 2) };
	const box = {
		west: -Math.ceil(halfLongitude),
		east: Math.ceil(halfLongitude),
		south: Math.max(-89, centre.latitude - Math.ceil(halfLatitude)),
		north: Math.min(89, centre.latitude + Math.ceil(halfLatitude))
	};
	// Rotated so the cities are in the middle: the frame's edges are then plain longitudes.
	const projection = geoEqualEarth().rotate([-centre.longitude, 0]);
	const frame: [number, number][] = [];
	for (const longitude of [box.west, 0, box.east]) {
		for (const latitude of [box.south, centre.latitude, box.north]) {
			frame.push([longitude + centre.longitude, latitude]);
		}
	}
	projection.fitExtent(extent, { type: 'MultiPoint', coordinates: frame });
	return {
		projection,
		key: `${centre.longitude}:${box.west}:${box.east}:${box.south}:${box.north}`
	};
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Cities in the same place (two members in one city) are one circle. */
function distinctPlaces(cities: MapCity[]): MapCity[] {
	const seen = new Map<string, MapCity>();
	for (const city of cities.filter(isPlaced)) {
		const key = `${city.name}|${city.country}|${city.longitude.toFixed(2)}|${city.latitude.toFixed(2)}`;
		if (!seen.has(key)) seen.set(key, city);
	}
	return [...seen.values()];
}

export interface ClusterMapInput {
	cities: MapCity[];
	/** The map's accessible name and description (plain text, in the reader's language). */
	title: string;
	description: string;
	/** The land of the view as SVG path data (cached by the caller per view key). */
	landPath: (view: MapView) => string;
}

/**
 * The SVG document of a cluster map.
 * @example drawClusterMap({ cities, title: 'Members', description: '…', landPath: landPathFor })
 */
export function drawClusterMap({ cities, title, description, landPath }: ClusterMapInput): string {
	const view = mapViewFor(cities);
	const circles = distinctPlaces(cities)
		.map((city) => {
			const point = view.projection([city.longitude, city.latitude]);
			if (!point || !point.every(Number.isFinite)) return '';
			const [x, y] = point.map((value) => Math.round(value * 10) / 10);
			return `<circle cx="${x}" cy="${y}" r="5"><title>${escapeXml(`${city.name}, ${city.country}`)}</title></circle>`;
		})
		.filter(Boolean);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="map-title map-desc">`,
		`<title id="map-title">${escapeXml(title)}</title>`,
		`<desc id="map-desc">${escapeXml(description)}</desc>`,
		`<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#e6eff3"/>`,
		`<path d="${landPath(view)}" fill="#d7ddd2" stroke="#b5beb0" stroke-width="0.5"/>`,
		`<g fill="#0b5e55" fill-opacity="0.85" stroke="#ffffff" stroke-width="1.5">${circles.join('')}</g>`,
		'</svg>'
	].join('\n');
}

/** How many circles a map of these cities draws. */
export function countMapPlaces(cities: MapCity[]): number {
	return distinctPlaces(cities).length;
}
