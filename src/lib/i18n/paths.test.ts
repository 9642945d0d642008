import { describe, expect, it } from 'vitest';
import { direction, localeFromParam } from './locales';
import { localHref, routeWithoutLocale, switchLocaleHref } from './paths';

describe('links in a language', () => {
	it('keeps English at the root and puts other languages under their code', () => {
		expect(localHref('/countries/KEN/', 'en')).toBe('/countries/KEN/');
		expect(localHref('/countries/KEN/', 'fr')).toBe('/fr/countries/KEN/');
		expect(localHref('/', 'es')).toBe('/es/');
	});

	it('switches language keeping the view: path, filters and anchor', () => {
		const url = new URL('http://x/fr/conventions/cms/?region=Africa&cycle=cms-2008#parties');
		expect(switchLocaleHref(url, 'es')).toBe('/es/conventions/cms/?region=Africa&cycle=cms-2008#parties');
		expect(switchLocaleHref(url, 'en')).toBe('/conventions/cms/?region=Africa&cycle=cms-2008#parties');
		expect(switchLocaleHref(new URL('http://x/'), 'fr')).toBe('/fr/');
		expect(switchLocaleHref(new URL('http://x/es/'), 'en')).toBe('/');
	});

	it('does not take a path that merely starts like a language for one', () => {
		expect(switchLocaleHref(new URL('http://x/french-page/'), 'es')).toBe('/es/french-page/');
	});

	it('reads the route without its language segment, and the language of a URL segment', () => {
		expect(routeWithoutLocale('/[[lang=lang]]/targets/[id]')).toBe('/targets/[id]');
		expect(routeWithoutLocale('/[[lang=lang]]')).toBe('/');
		expect([localeFromParam(undefined), localeFromParam('fr'), localeFromParam('xx')]).toEqual(['en', 'fr', 'en']);
		expect([direction('ar'), direction('fr'), direction('fa-IR')]).toEqual(['rtl', 'ltr', 'rtl']);
	});
});
