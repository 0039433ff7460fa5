import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Component } from 'svelte';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';

/**
 * Renders JsonLd.svelte on the server as SvelteKit would, for tests (the unit test project has
 * no Svelte plugin): compiled for the server, its `svelte` imports pointed at this project's copy.
 * Returns the `<head>` markup.
 */
export async function renderJsonLd(data: Record<string, unknown>): Promise<string> {
	const source = readFileSync(new URL('./JsonLd.svelte', import.meta.url), 'utf8');
	const { js } = compile(source, { generate: 'server', runes: true, filename: 'JsonLd.svelte' });
	const code = js.code.replace(
		/from ['"](svelte[^'"]*)['"]/g,
		(_, name: string) => `from ${JSON.stringify(import.meta.resolve(name))}`
	);
	const file = join(mkdtempSync(join(tmpdir(), 'jsonld-')), 'JsonLd.js');
	writeFileSync(file, code);
	const component = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
		default: Component<{ data: Record<string, unknown> }>;
	};
	return render(component.default, { props: { data } }).head;
}

/** The JSON of the one JSON-LD block in rendered markup. */
export function jsonLdBlock(head: string): unknown {
	const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)?.[1];
	if (json === undefined) throw new Error('no JSON-LD block');
	return JSON.parse(json);
}
