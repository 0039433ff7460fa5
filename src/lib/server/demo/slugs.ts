import slugify from '@sindresorhus/slugify';

/**
 * Makes readable, unique URL slugs. Scripts that slugify cannot transliterate (Chinese) fall back
 * to the given reference, so every record still gets a stable address.
 */
export class SlugRegistry {
	private readonly taken = new Set<string>();

	/** @example registry.make('Cutting non-revenue water, Phnom Penh', 'sol-138') */
	make(text: string, fallback: string, maxLength = 80): string {
		const base = slugify(text).slice(0, maxLength).replace(/-+$/, '') || slugify(fallback);
		let slug = base;
		for (let counter = 2; this.taken.has(slug); counter += 1) slug = `${base}-${counter}`;
		this.taken.add(slug);
		return slug;
	}

	reserve(slug: string): void {
		this.taken.add(slug);
	}
}
