/**
 * Links in the page's language: `/countries/KEN/` in English, `/fr/countries/KEN/` in French. Every
 * internal link goes through `localHref`, so a reader stays in the language they chose.
 */
import { base } from '$app/paths';
import { getLocale } from './index';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export function localHref(path: `/${string}`, locale: Locale = getLocale()): string {
	return `${base}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${path}`;
}

/** The same view in another language: path (without base and language), query and hash kept. */
export function switchLocaleHref(url: URL, locale: Locale): string {
	let path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	const first = path.split('/')[1];
	if (isLocale(first) && first !== DEFAULT_LOCALE) path = path.slice(first.length + 1) || '/';
	return `${localHref(path as `/${string}`, locale)}${url.search}${url.hash}`;
}

/** A route id without its language segment (`/[[lang=lang]]/targets/[id]` → `/targets/[id]`). */
export function routeWithoutLocale(routeId: string | null): string {
	return (routeId ?? '').replace(/^\/\[\[lang=lang\]\]/, '') || '/';
}
