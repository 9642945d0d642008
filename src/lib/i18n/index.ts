/**
 * UI messages and number/date formatting for the current language. Every text on screen comes from here,
 * so a translation is one more catalogue (see catalogue.ts). The language is set once per page view: by the
 * root layout's load in the browser (switching language loads the other language's page), and by the server
 * hook for each page it prerenders. Pages of several languages prerender side by side, so on the server the
 * hook also keeps each page's catalogue with its request (`readPageCatalogue`), and that one wins.
 */
import { CLASS_THRESHOLDS, type StatusClass } from '../scoring/classes';
import { CATALOGUES, ENGLISH, type Catalogue } from './catalogue';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type { MessageKey } from './en';
export type Params = Record<string, string | number>;
import type { MessageKey } from './en';

let chosen: Catalogue = ENGLISH;
const loaded = new Map<Locale, Promise<Catalogue>>();
/** The server's catalogue of the page being rendered, if it keeps one (hooks.server.ts). */
let pageCatalogue: () => Catalogue | undefined = () => undefined;

/** Fetches a language's catalogue (once) and makes it the current one. */
export async function useLocale(locale: Locale): Promise<Catalogue> {
	if (!loaded.has(locale)) loaded.set(locale, CATALOGUES[locale]());
	chosen = await loaded.get(locale)!;
	return chosen;
}

/** Server only: where the catalogue of the page being rendered is kept (per request), read before the chosen one. */
export function readPageCatalogue(read: () => Catalogue | undefined): void {
	pageCatalogue = read;
}

/** The language of the page being rendered (server) or shown (browser). */
function current(): Catalogue {
	return pageCatalogue() ?? chosen;
}

export function getLocale(): Locale {
	return current().locale;
}

export function getCatalogue(): Catalogue {
	return current();
}

/** The message for `key` with `{placeholders}` filled in; an unknown placeholder stays visible. */
export function t(key: MessageKey, params: Params = {}): string {
	const message = current().messages[key] ?? ENGLISH.messages[key];
	return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function statusLabel(status: StatusClass): string {
	return t(`status.${status}`);
}

/** A class's score range (from the thresholds of src/lib/scoring) or what the outcome means. */
export function statusRange(status: StatusClass): string {
	const index = CLASS_THRESHOLDS.findIndex((c) => c.status === status);
	const bound = (i: number) => (i >= 0 && i < CLASS_THRESHOLDS.length ? formatScore(CLASS_THRESHOLDS[i].min) : '');
	return t(`status.range.${status}`, { min: bound(index), max: bound(index + 1) });
}

/** Message keys that come in plural forms: `<key>.one` and `<key>.other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/**
 * The message in the plural form Intl.PluralRules gives for `count` in this language ("1 question
 * mapped", "2 questions mapped"); `{count}` is the formatted number.
 */
export function tp(key: PluralKey, count: number, params: Params = {}): string {
	const form = new Intl.PluralRules(current().locale).select(count) === 'one' ? 'one' : 'other';
	return t(`${key}.${form}` as MessageKey, { count: formatNumber(count), ...params });
}

/** "a", "a and b", "a, b and c" in this language. */
export function listOf(items: string[]): string {
	return new Intl.ListFormat(current().locale, { type: 'conjunction' }).format(items);
}

/** A UN M49 region or subregion (the data's English name, also the URL's filter value) in this language. */
export function regionName(region: string | null | undefined): string {
	return region == null ? '' : (current().data.regions[region] ?? region);
}

/** True where the framework's wording on screen is not the official text (a translation of ours). */
export function frameworkTranslated(): boolean {
	return !current().data.frameworkOfficial;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** An Intl number format for the current language, made once per language and options. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const { locale } = current();
	const key = `n:${locale}:${JSON.stringify(options)}`;
	if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale, options));
	return formatters.get(key) as Intl.NumberFormat;
}

function dateFormat(): Intl.DateTimeFormat {
	const { locale } = current();
	const key = `d:${locale}`;
	if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
	return formatters.get(key) as Intl.DateTimeFormat;
}

const missing = '–';

export function formatNumber(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : numberFormat({ maximumFractionDigits: 0 }).format(value);
}

/** A 0..1 share as a whole percentage (0.754 → "75%"; "75 %" in French). */
export function formatPercent(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A 0..1 score with two decimals, as the scoring rule reports it. */
export function formatScore(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** An ISO date or timestamp, shown as its UTC calendar date so every time zone reads the same day. */
export function formatDate(value: string | Date | null | undefined): string {
	if (value == null || value === '') return missing;
	const parsed = value instanceof Date ? value : new Date(value);
	return Number.isNaN(parsed.getTime()) ? String(value) : dateFormat().format(parsed);
}

export { DEFAULT_LOCALE };
