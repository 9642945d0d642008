/**
 * Checks of single values. Each returns null when the value is fine, else what is wrong and how to fix it.
 * Empty values pass every check except `required`.
 */
import { LEVELS } from '../../lib/schema';
import { ACTIVITY_STATUSES, AGENCY_KINDS } from '../contract/activity-contract';
import { AGGREGATE_KINDS } from '../../lib/indicators/entities';
import { SOURCE_KINDS } from '../contract/indicator-contract';
import { quote } from '../problems';

export type FieldCheck =
	| 'required'
	| 'lower_id'
	| 'iso3'
	| 'date'
	| 'year'
	| 'score'
	| 'level'
	| 'number'
	| 'entity_kind'
	| 'source_kind'
	| 'http_url'
	| 'agency_kind'
	| 'activity_status';

export interface FieldIssue {
	message: string;
	fix: string;
}

type Checker = (value: string, column: string) => FieldIssue | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export const FIELD_CHECKS: Record<FieldCheck, Checker> = {
	required: (value, column) => (value.trim() === '' ? { message: 'value is empty', fix: `fill in ${column}` } : null),

	lower_id: (value) =>
		value === '' || (value === value.toLowerCase() && /^\S+$/.test(value))
			? null
			: { message: `id ${quote(value)} must be lower-case without spaces`, fix: `write it as ${quote(value.trim().toLowerCase())}` },

	iso3: (value) =>
		value === '' || /^[A-Z]{3}$/.test(value)
			? null
			: { message: `${quote(value)} is not an ISO 3166-1 alpha-3 code`, fix: 'use three upper-case letters, e.g. "KEN"' },

	date: (value) => {
		if (value === '') return null;
		if (!isRealDate(value)) return { message: `${quote(value)} is not a valid date`, fix: 'write a real calendar date as YYYY-MM-DD, e.g. "2009-03-30"' };
		return yearInRange(value.slice(0, 4), value);
	},

	year: (value) => {
		if (value === '') return null;
		if (!/^\d{4}$/.test(value)) return { message: `${quote(value)} is not a year`, fix: 'write the year as four digits, e.g. "2009"' };
		return yearInRange(value, value);
	},

	score: (value) => {
		if (value === '' || (NUMBER.test(value) && Number(value) >= 0 && Number(value) <= 1)) return null;
		const what = NUMBER.test(value) ? 'is outside [0, 1]' : 'is not a number';
		return { message: `score ${quote(value)} ${what}`, fix: 'use a number from 0 to 1, or leave it empty for "not applicable"' };
	},

	level: (value) =>
		value === '' || (LEVELS as readonly string[]).includes(value)
			? null
			: { message: `level ${quote(value)} is not one of ${LEVELS.join(', ')}`, fix: `use ${LEVELS.join(', ')}` },

	number: (value) => (value === '' || NUMBER.test(value) ? null : { message: `${quote(value)} is not a number`, fix: 'write a plain number, e.g. "12.5"' }),

	http_url: (value) =>
		value === '' || isHttpUrl(value)
			? null
			: {
					message: `${quote(value)} is not an http(s) address`,
					fix: 'write the full address of the document, e.g. "https://example.org/national-report.pdf", or leave it empty'
				},

	entity_kind: (value) => oneOf(value, AGGREGATE_KINDS, 'kind'),
	source_kind: (value) => oneOf(value, SOURCE_KINDS, 'kind'),
	agency_kind: (value) => oneOf(value, AGENCY_KINDS, 'kind'),
	activity_status: (value) => oneOf(value, ACTIVITY_STATUSES, 'status')
};

/** Years a convention's reporting can have: the data stops at anything outside, a typo such as 9999 or 1000. */
export const PLAUSIBLE_YEARS = { from: 1900, to: 2100 } as const;

function yearInRange(year: string, value: string): FieldIssue | null {
	const number = Number(year);
	if (number >= PLAUSIBLE_YEARS.from && number <= PLAUSIBLE_YEARS.to) return null;
	return {
		message: `${quote(value)} is outside the years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}`,
		fix: 'correct the year (a typo such as 9999 or 1000?)'
	};
}

function oneOf(value: string, allowed: readonly string[], what: string): FieldIssue | null {
	if (value === '' || allowed.includes(value)) return null;
	return { message: `${what} ${quote(value)} is not one of ${allowed.join(', ')}`, fix: `use ${allowed.join(', ')}` };
}

export function isRealDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An absolute http or https address with a host, without spaces. */
export function isHttpUrl(value: string): boolean {
	if (/\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}
