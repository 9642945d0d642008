/** Dates to start from that the data suggests: each convention's cycle due dates up to the data's date, and one year before it. */
import { sql } from '../../db/sql';
import type { SincePreset } from './types';

export const duePresetsQuery = (asOf: string | null) => sql`
	SELECT due AS date, 'due' AS kind, convention_id, label AS cycle_label FROM cycles
	WHERE ${asOf}::VARCHAR IS NULL OR due <= ${asOf}
	ORDER BY due DESC, convention_id`;

/** One year before the data's date (29 February falls back to 28 February); null without a date. */
export function yearBefore(asOf: string | null): string | null {
	const match = asOf?.match(/^(\d{4})-(\d{2})-(\d{2})/);
	if (!match) return null;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year) - 1, Number(month) - 1, Number(day)));
	if (date.getUTCMonth() !== Number(month) - 1) date.setUTCDate(0);
	return date.toISOString().slice(0, 10);
}

export function presets(asOf: string | null, due: SincePreset[]): SincePreset[] {
	const year = yearBefore(asOf);
	return [...(year ? [{ date: year, kind: 'year' as const, convention_id: null, cycle_label: null }] : []), ...due];
}

/** A `?since=` value: a real calendar date written YYYY-MM-DD, else null. */
export function validSince(value: string | null | undefined): string | null {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}
