/**
 * The languages the dashboard speaks. English is the default and lives at the site's root; every other
 * language under its code (`/fr/…`). Adding one: its code here, its messages (`<code>/index.ts`), its data
 * labels (`<code>/data.ts`), and an entry in `catalogues.ts`. Right-to-left scripts get `dir="rtl"`.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's own name, for the language switcher (always written in that language). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a route's optional `[[lang]]` parameter (absent = the default language). */
export function localeFromParam(value: string | undefined): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function direction(locale: string): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}
