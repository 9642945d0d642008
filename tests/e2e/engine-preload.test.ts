/**
 * Pages with a live view announce the engine's code in their head (src/lib/server/engine-preload.ts), so the
 * browser fetches it beside the page's own chunks; pages without one do not load it.
 */
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** The modulepreload hrefs of a page's prerendered HTML, and the text of each. */
async function preloaded(path: string): Promise<{ href: string; text: string }[]> {
	const html = await (await fetch(`${baseUrl}${path}`)).text();
	const hrefs = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, href]) => href);
	return Promise.all(hrefs.map(async (href) => ({ href, text: await (await fetch(`${baseUrl}${href}`)).text() })));
}

/** The engine's chunk is the one that names duckdb-wasm's worker files (its `?url` imports). */
const isEngine = ({ text }: { text: string }) => /duckdb-browser-(eh|mvp)\.worker\.[\w-]+\.js/.test(text);

describe('engine preload', () => {
	it('the overview and a convention page preload the engine chunk', async () => {
		for (const path of ['/', '/conventions/cbd/', '/fr/targets/t1.1/']) expect((await preloaded(path)).filter(isEngine), path).toHaveLength(1);
	});

	it('a page without a live view does not', async () => {
		for (const path of ['/methodology/', '/download/']) expect((await preloaded(path)).filter(isEngine), path).toHaveLength(0);
	});
});
