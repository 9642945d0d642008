/**
 * The Content-Security-Policy of the prerendered pages (SvelteKit `kit.csp`, written into each page as a
 * <meta> tag, so it holds on any static host). SvelteKit adds the hashes of its own inline scripts; the one
 * inline script of src/app.html (embed mode before first paint) is hashed here from the file itself, so
 * editing it cannot silently break the policy. Why each source is there:
 * - script-src 'wasm-unsafe-eval': DuckDB compiles its WebAssembly module (nothing else is evaluated);
 * - worker-src 'self': DuckDB's worker is a file of the site (no blob: worker is built in the page);
 * - style-src 'unsafe-inline': Observable Plot writes style attributes and a <style> into each chart, Svelte
 *   style attributes, and embed mode a <style> element (inline styles cannot run code);
 * - img-src data: blob:: PNG export draws the SVG through a blob: image onto a canvas;
 * - connect-src 'self': the data, the wasm and the manifest come from the site itself, nothing else.
 * frame-ancestors cannot be set by a <meta> tag (a server header can); pages are meant to be embedded anyway.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config['kit']['csp']} */
export const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self', 'wasm-unsafe-eval', ...inlineScripts],
		'worker-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};
