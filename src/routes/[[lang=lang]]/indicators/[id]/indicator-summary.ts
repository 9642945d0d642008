/** The indicator page's plain-language summary: the World's change around 2010 and the spread of the ranking year. */
import { formatChange, type ValueFormat } from '$lib/charts/indicatorFormat';
import { formatNumber, t } from '$lib/i18n';
import { WORLD } from '$lib/indicators/entities';
import type { IndicatorData } from '$lib/queries/indicators/indicator-page';

export function indicatorSummary(data: Pick<IndicatorData, 'changes' | 'ranking' | 'year'>, format: ValueFormat): string[] {
	const sentences: string[] = [];
	const world = data.changes.find((row) => row.code === WORLD);
	// 2000–2010 when the World has both values, else its whole span; then what happened after 2010.
	const first = world?.before ?? world?.span ?? null;
	if (first) {
		sentences.push(
			t('indicator.summary.world', {
				from: format(first.from),
				fromYear: first.from_year,
				to: format(first.to),
				toYear: first.to_year,
				change: formatChange(first, format)
			})
		);
		if (world?.before && world.since) {
			const since = world.since;
			sentences.push(
				t('indicator.summary.since', { fromYear: since.from_year, change: formatChange(since, format), to: format(since.to), toYear: since.to_year })
			);
		}
	} else {
		sentences.push(t('indicator.summary.noWorld'));
	}
	if (data.year !== null && data.ranking.length > 1) {
		const ordered = data.ranking.toSorted((a, b) => b.value - a.value);
		const [highest, lowest] = [ordered[0], ordered[ordered.length - 1]];
		sentences.push(
			t('indicator.summary.ranking', {
				year: data.year,
				count: formatNumber(data.ranking.length),
				lowest: lowest.name,
				lowValue: format(lowest.value),
				highest: highest.name,
				highValue: format(highest.value)
			})
		);
	}
	return sentences;
}
