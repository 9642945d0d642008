import { json } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import { readSearchIndex } from '$lib/server/search-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** One index per language (`/search-index.json`, `/fr/search-index.json`…): no page links to it, so it is listed here. */
export const entries: EntryGenerator = () => LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? {} : { lang: locale }));

export const GET: RequestHandler = async () => json(await readSearchIndex());
