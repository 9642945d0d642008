/**
 * Numbers of an indicator as its source publishes them: indices with two or three decimals (Red List Index
 * 0.77, Living Planet Index 0.457), percentages with one, counts as whole numbers.
 */
import { numberFormat } from '../i18n';
import type { Change } from '../indicators/change';

export type ValueFormat = (value: number | null | undefined) => string;

const MISSING = '–';

export function indicatorFormat(unit: string, values: readonly number[] = []): ValueFormat {
	const [minimumFractionDigits, maximumFractionDigits] = fractionDigits(unit, values);
	const format = numberFormat({ minimumFractionDigits, maximumFractionDigits });
	return (value) => (value == null || Number.isNaN(value) ? MISSING : format.format(value));
}

/** [minimum, maximum] fraction digits. */
function fractionDigits(unit: string, values: readonly number[]): [number, number] {
	if (/index/i.test(unit)) return [2, 3];
	if (unit.includes('%')) return [1, 1];
	return values.every(Number.isInteger) ? [0, 0] : [0, 2];
}

/** Plot's `ticks` for a value axis: about `count`, and never a fraction when the values are counts. */
export function valueTicks(values: readonly number[], count: number): number | number[] {
	if (values.length === 0 || !values.every(Number.isInteger)) return count;
	const [min, max] = [Math.min(...values), Math.max(...values)];
	// Over a wide range Plot's own ticks are whole numbers already; over a narrow one they would be 2.5.
	if (max - min >= count) return count;
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** "+0.02 (+2.6%)", or "–" without a change. A change too small for the values' decimals keeps two digits. */
export function formatChange(change: Change | null, format: ValueFormat): string {
	if (!change) return MISSING;
	const sign = change.absolute > 0 ? '+' : '';
	const rounded = format(change.absolute);
	const zero = /^-?0([.,]0*)?$/.test(rounded);
	const shown = change.absolute !== 0 && zero ? numberFormat({ maximumSignificantDigits: 2 }).format(change.absolute) : rounded;
	const absolute = `${sign}${shown}`;
	return change.percent === null
		? absolute
		: `${absolute} (${numberFormat({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change.percent)})`;
}
