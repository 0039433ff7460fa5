import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { drawClusterMap, mapViewFor, type MapCity } from './cluster-map.ts';
import { compactPath, landPathFor } from './cluster-map.land.ts';

const koidu: MapCity = {
	name: 'Koidu',
	country: 'Sierra Leone',
	longitude: -10.97,
	latitude: 8.64
};
const nairobi: MapCity = { name: 'Nairobi', country: 'Kenya', longitude: 36.82, latitude: -1.29 };
const rabat: MapCity = { name: 'Rabat', country: 'Morocco', longitude: -6.83, latitude: 34.01 };
const wuhan: MapCity = { name: '武汉', country: 'China', longitude: 114.27, latitude: 30.58 };
const quito: MapCity = { name: 'Quito', country: 'Ecuador', longitude: -78.52, latitude: -0.23 };

function draw(cities: MapCity[]): string {
	return drawClusterMap({
		cities,
		title: 'Map of the cities where members of the <Waste> & Co cluster are based',
		description: 'Each circle marks a city.',
		landPath: landPathFor
	});
}

function circlesOf(svg: string): { cx: number; cy: number; title: string }[] {
	const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg);
	const group = parsed.svg.g;
	const circles = group.circle === undefined ? [] : [group.circle].flat();
	return circles.map((circle: { cx: string; cy: string; title: string }) => ({
		cx: Number(circle.cx),
		cy: Number(circle.cy),
		title: circle.title
	}));
}

describe('the cluster map', () => {
	it('is a well-formed SVG image with a title, a description and a view box', () => {
		const svg = draw([koidu, nairobi, rabat]);
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 360"/);
		expect(svg).toContain('role="img"');
		expect(svg).toContain(
			'<title id="map-title">Map of the cities where members of the &lt;Waste&gt; &amp; Co cluster are based</title>'
		);
		expect(svg).toContain('<desc id="map-desc">Each circle marks a city.</desc>');
		expect(svg).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('draws one circle per city, inside the map, titled with the city and its country', () => {
		const svg = draw([koidu, nairobi, rabat, wuhan, { ...nairobi }]);
		const circles = circlesOf(svg);
		expect(circles.map((circle) => circle.title)).toEqual([
			'Koidu, Sierra Leone',
			'Nairobi, Kenya',
			'Rabat, Morocco',
			'武汉, China'
		]);
		for (const circle of circles) {
			expect(circle.cx).toBeGreaterThanOrEqual(0);
			expect(circle.cx).toBeLessThanOrEqual(640);
			expect(circle.cy).toBeGreaterThanOrEqual(0);
			expect(circle.cy).toBeLessThanOrEqual(360);
		}
	});

	it('frames close cities with a margin, and shows the world when members are spread', () => {
		const africa = mapViewFor([koidu, nairobi, rabat]);
		const world = mapViewFor([quito, koidu, wuhan]);
		expect(world.key).toBe('world');
		expect(africa.key).not.toBe('world');
		const [x, y] = africa.projection([nairobi.longitude, nairobi.latitude]) ?? [NaN, NaN];
		expect(x).toBeGreaterThan(20);
		expect(x).toBeLessThan(620);
		expect(y).toBeGreaterThan(20);
		expect(y).toBeLessThan(340);
	});

	it('draws one city, no city and a city with broken coordinates without NaN', () => {
		for (const cities of [[koidu], [], [{ ...koidu, latitude: Number.NaN }, rabat]]) {
			const svg = draw(cities);
			expect(XMLValidator.validate(svg)).toBe(true);
			expect(svg).not.toMatch(/NaN|Infinity/);
		}
		expect(circlesOf(draw([]))).toEqual([]);
		expect(circlesOf(draw([{ ...koidu, latitude: Number.NaN }, rabat]))).toHaveLength(1);
	});

	it('keeps the world map small: whole pixels, relative steps, no repeated points', () => {
		const svg = draw([quito, koidu, wuhan]);
		expect(svg.length).toBeLessThan(16_000);
		const land = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
		expect(land).toMatch(/^M\d/);
		expect(land).toMatch(/^[Mlz0-9,-]+$/);
	});

	it('compacts path data into relative steps and drops what rounding repeated', () => {
		expect(compactPath('M10,10L10,10L11,10L20,10L20,20L10,20Z')).toBe('M10,10l10,0,0,10-10,0z');
		expect(compactPath('M1,1L1,1Z')).toBe('');
	});
});
