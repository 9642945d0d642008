/** ISO dates (`YYYY-MM-DD`) as whole days, in UTC so that no time zone can shift them. */

const MS_PER_DAY = 86_400_000;

export function toDay(isoDate: string): number {
	return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
	return fromDay(toDay(isoDate) + days);
}

/** A day drawn uniformly between two dates, both included. */
export function dayBetween(from: string, to: string, uniform: number): string {
	const first = toDay(from);
	return fromDay(first + Math.floor(uniform * (toDay(to) - first + 1)));
}

export const later = (a: string, b: string) => (a > b ? a : b);
export const earlier = (a: string, b: string) => (a < b ? a : b);
