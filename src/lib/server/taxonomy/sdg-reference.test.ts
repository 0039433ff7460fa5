import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDG_COLORS, SDG_LOCALES, loadSdgReference } from './sdg-reference.ts';

const { goals, targets } = loadSdgReference();

describe('SDG reference', () => {
	it('has the 17 goals and 169 targets, in order', () => {
		expect(goals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		expect(targets).toHaveLength(169);
		expect(new Set(targets.map((target) => target.code)).size).toBe(169);
		const goal6 = targets.filter((target) => target.goal === 6).map((target) => target.code);
		expect(goal6).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
		expect(targets.filter((target) => target.goal === 17)).toHaveLength(19);
		expect(targets.at(-1)?.code).toBe('17.19');
	});

	it('names goals and targets in every locale', () => {
		const goal11 = goals[10];
		expect(goal11?.short.en).toBe('Sustainable cities and communities');
		expect(goal11?.short.zh).toBe('可持续的城市和社区');
		expect(goal11?.title.ar).toMatch(/[\u0600-\u06FF]/);
		const target = targets.find((candidate) => candidate.code === '11.6');
		expect(target?.title.en).toMatch(
			/^By 2030, reduce the adverse per capita environmental impact/
		);
		expect(target?.title.zh).toMatch(/[\u4E00-\u9FFF]/);
		expect(target?.title.ar).toMatch(/[\u0600-\u06FF]/);
		for (const record of [...goals, ...targets]) {
			for (const locale of SDG_LOCALES) expect(record.title[locale].length).toBeGreaterThan(5);
		}
	});

	it('uses the colours documented in the reference README', () => {
		const readme = readFileSync(resolve(process.cwd(), 'data/reference/README.md'), 'utf8');
		expect(SDG_COLORS).toHaveLength(17);
		for (const color of SDG_COLORS) expect(readme).toContain(color);
		expect(goals[10]?.color).toBe('#FD9D24');
		expect(goals.map((goal) => goal.color)).toEqual([...SDG_COLORS]);
	});
});
