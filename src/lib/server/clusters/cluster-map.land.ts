import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_HEIGHT, MAP_WIDTH, type MapView } from './cluster-map.ts';

/**
 * The world's land (Natural Earth 1:110m, from world-atlas) projected for a map view. Read once,
 * when the first map is drawn; each view's path is kept in memory, since a handful of clusters
 * share a handful of frames.
 */

type Land = Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;

let land: Land | undefined;
const paths = new Map<string, string>();
const MAX_CACHED_VIEWS = 100;

function loadLand(): Land {
	if (!land) {
		const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
		const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
			land: GeometryCollection;
		}>;
		land = feature(topology, topology.objects.land) as Land;
	}
	return land;
}

/** Points closer than this to the last one kept (in pixels) add nothing a reader can see. */
const MIN_STEP = 1.5;

/** Numbers joined the short way: a minus sign is its own separator. */
function joinNumbers(numbers: number[]): string {
	return numbers.reduce<string>(
		(text, value, index) => text + (index > 0 && value >= 0 ? ',' : '') + String(value),
		''
	);
}

/**
 * Rewrites whole-pixel path data (`M x,y L x,y … Z`, as d3 writes it) in relative steps, leaving
 * out points within {@link MIN_STEP} of the last one kept and rings that shrink below a
 * triangle: a world map's coastline goes from about 35 KB to a few.
 */
export function compactPath(path: string): string {
	const rings = path.split('M').filter(Boolean);
	let out = '';
	for (const ring of rings) {
		const closed = ring.endsWith('Z');
		const points = ring
			.replace(/Z$/, '')
			.split('L')
			.map((pair) => pair.split(',').map(Number) as [number, number]);
		const kept: [number, number][] = [];
		for (const [index, point] of points.entries()) {
			const last = kept.at(-1);
			const isLast = index === points.length - 1;
			if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= (isLast ? 1 : MIN_STEP)) {
				kept.push(point);
			}
		}
		if (kept.length < (closed ? 3 : 2)) continue;
		const [start, ...rest] = kept as [[number, number], ...[number, number][]];
		const steps: number[] = [];
		let previous = start;
		for (const point of rest) {
			steps.push(point[0] - previous[0], point[1] - previous[1]);
			previous = point;
		}
		out += `M${joinNumbers(start)}l${joinNumbers(steps)}${closed ? 'z' : ''}`;
	}
	return out;
}

/** SVG path data of the land in a view, clipped to the map, in whole pixels. */
export function landPathFor(view: MapView): string {
	const cached = paths.get(view.key);
	if (cached !== undefined) return cached;
	const projection = view.projection.clipExtent([
		[0, 0],
		[MAP_WIDTH, MAP_HEIGHT]
	]);
	const path = compactPath(geoPath(projection).digits(0)(loadLand()) ?? '');
	if (paths.size >= MAX_CACHED_VIEWS) paths.delete(paths.keys().next().value ?? '');
	paths.set(view.key, path);
	return path;
}
