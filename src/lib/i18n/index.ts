/**
 * UI messages and number/date formatting for the current locale. Every text on screen comes from here,
 * so a translation is one more dictionary beside `en.ts`.
 */
import type { StatusClass } from '../schema';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';
export type Params = Record<string, string | number>;

const dictionaries: Record<string, Record<MessageKey, string>> = { en };

export const locale = 'en';
const messages = dictionaries[locale];

/** The message for `key` with `{placeholders}` filled in; an unknown placeholder stays visible. */
export function t(key: MessageKey, params: Params = {}): string {
	return messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

export function statusLabel(status: StatusClass): string {
	return t(`status.${status}`);
}

export function statusRange(status: StatusClass): string {
	return t(`status.range.${status}`);
}

const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

const missing = '–';

export function formatNumber(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : integer.format(value);
}

/** A 0..1 share as a whole percentage (0.754 → "75%"). */
export function formatPercent(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : percent.format(value);
}

/** A 0..1 score with two decimals, as the scoring rule reports it. */
export function formatScore(value: number | null | undefined): string {
	return value == null || Number.isNaN(value) ? missing : score.format(value);
}

/** An ISO date or timestamp, shown as its UTC calendar date so every time zone reads the same day. */
export function formatDate(value: string | Date | null | undefined): string {
	if (value == null || value === '') return missing;
	const parsed = value instanceof Date ? value : new Date(value);
	return Number.isNaN(parsed.getTime()) ? String(value) : date.format(parsed);
}
