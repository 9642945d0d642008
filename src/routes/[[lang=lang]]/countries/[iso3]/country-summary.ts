/** The country page's plain-language summary, written from its matrix and its change since the previous cycle. */
import { formatNumber, t } from '$lib/i18n';
import type { CountryData } from '$lib/queries/country';

const PROGRESSING = new Set(['in_progress', 'advanced']);

export function countrySummary(data: Pick<CountryData, 'country' | 'conventions' | 'cells' | 'changes'>): string[] {
	const { country, conventions, cells, changes } = data;
	const name = country.name;
	// Each convention's cycle shown in the matrix, with how many of its targets are in progress or advanced.
	const perConvention = conventions.flatMap((convention) => {
		const own = cells.filter((cell) => cell.convention_id === convention.convention_id);
		if (!own.some((cell) => cell.score != null)) return [];
		const progressing = own.filter((cell) => PROGRESSING.has(cell.status)).length;
		return [{ convention: convention.short_name, cycle: own[0].cycle_label, progressing, targets: own.length }];
	});
	if (perConvention.length === 0) return [t('country.summary.none', { name })];

	const words = (row: (typeof perConvention)[number]) => ({
		convention: row.convention,
		cycle: row.cycle,
		progressing: formatNumber(row.progressing),
		targets: formatNumber(row.targets)
	});
	const ranked = perConvention.toSorted((a, b) => b.progressing / b.targets - a.progressing / a.targets);
	const sentences =
		ranked.length === 1
			? [t('country.summary.one', { ...words(ranked[0]), name })]
			: [
					t('country.summary.best', { ...words(ranked[0]), name, conventions: formatNumber(ranked.length) }),
					t('country.summary.lowest', words(ranked[ranked.length - 1]))
				];

	// Rule 6: change only where the target has a status in both cycles.
	const up = changes.filter((cell) => cell.change === 'up').length;
	const down = changes.filter((cell) => cell.change === 'down').length;
	const compared = up + down + changes.filter((cell) => cell.change === 'same').length;
	if (compared > 0) {
		sentences.push(t('country.summary.change', { up: formatNumber(up), down: formatNumber(down), compared: formatNumber(compared) }));
	}
	return sentences;
}
