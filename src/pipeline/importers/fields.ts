/** Parsing of single source values; a failure says what is wrong and how to fix it, as the pipeline's checks do. */
import { quote } from '../../core/problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; fix: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseYear(text: string): Parsed<number> {
	if (/^\d{4}$/.test(text)) return ok(Number(text));
	return { ok: false, message: `${quote(text)} is not a year (an integer such as 2010)`, fix: 'write the year as four digits, e.g. "2010"' };
}

/** A number in plain notation ("12.5", "-0.3", "1e-4"); '' is not a number (callers treat it as no observation first). */
export function parseNumber(text: string): Parsed<number> {
	if (NUMBER.test(text)) return ok(Number(text));
	return { ok: false, message: `${quote(text)} is not a number`, fix: 'write a plain number with a decimal point, e.g. "12.5", or leave it empty for no data' };
}

export function parseDate(text: string): Parsed<string> {
	if (isRealDate(text)) return ok(text);
	return { ok: false, message: `${quote(text)} is not a valid date`, fix: 'write a real calendar date as YYYY-MM-DD, e.g. "1993-12-29"' };
}

export function parseBoolean(text: string, truthy: string, falsy: string): Parsed<boolean> {
	const lower = text.toLowerCase();
	if (lower === truthy.toLowerCase()) return ok(true);
	if (lower === falsy.toLowerCase()) return ok(false);
	return { ok: false, message: `${quote(text)} is neither ${quote(truthy)} nor ${quote(falsy)}`, fix: `write ${quote(truthy)} or ${quote(falsy)}` };
}

function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
