import { describe, expect, it } from 'vitest';
import { SlugRegistry } from './slugs.ts';

describe('SlugRegistry', () => {
	it('folds accents and punctuation into readable slugs', () => {
		expect(new SlugRegistry().make('Gestión de residuos en Cuenca, Ecuador', 'sol-1')).toBe(
			'gestion-de-residuos-en-cuenca-ecuador'
		);
	});
	it('keeps slugs unique', () => {
		const registry = new SlugRegistry();
		registry.reserve('koidu');
		expect(registry.make('Koidu', 'x')).toBe('koidu-2');
		expect(registry.make('Koidu', 'x')).toBe('koidu-3');
	});
	it('falls back to the reference when the title has no Latin transliteration', () => {
		expect(new SlugRegistry().make('垃圾分类', 'sol-042')).toBe('sol-042');
	});
	it('cuts long titles at a word boundary without a trailing dash', () => {
		const slug = new SlugRegistry().make('a '.repeat(60), 'x', 10);
		expect(slug.endsWith('-')).toBe(false);
		expect(slug.length).toBeLessThanOrEqual(10);
	});
});
