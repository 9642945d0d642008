import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { parseHTML } from 'linkedom';
import countries110m from 'world-atlas/countries-110m.json';
import { setServerDocument } from '$lib/charts/server-document';
import { enginePreloadLinks, withEnginePreload } from '$lib/server/engine-preload';
import { useWorldTopology } from '$lib/charts/worldFeatures';
import { readPageCatalogue, useLocale } from '$lib/i18n';
import type { Catalogue } from '$lib/i18n/catalogue';
import { direction, localeFromParam } from '$lib/i18n/locales';

const BUILD_LOCALES = process.env.BUILD_LOCALES?.split(',');

// Charts are pure functions of rows; with a document they draw at build time too (prerendered SVG).
setServerDocument(parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
// Maps draw at build time from the shapes in memory; the browser fetches them as an asset (worldFeatures.ts).
useWorldTopology(countries110m);
// Pages prerender several at a time (svelte.config.js), in several languages: each keeps its own catalogue.
const pageCatalogue = new AsyncLocalStorage<Catalogue>();
readPageCatalogue(() => pageCatalogue.getStore());

/**
 * Each prerendered page in its language (from the `[[lang]]` segment): messages, formats and the data's
 * labels while it loads and renders (kept with the request, as other pages render meanwhile), and
 * `<html lang dir>`; a page with a live view also preloads the engine's code (engine-preload.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const locale = localeFromParam(event.params.lang);
	// `npm start`'s first pass prerenders some languages only (BUILD_LOCALES, e.g. `en`): see scripts/start.ts.
	if (building && BUILD_LOCALES && !BUILD_LOCALES.includes(locale)) return new Response('Not in this build', { status: 404 });
	const catalogue = await useLocale(locale);
	return pageCatalogue.run(catalogue, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => withEnginePreload(html.replace('%lang%', locale).replace('%dir%', direction(locale)), enginePreloadLinks(base))
		})
	);
};
