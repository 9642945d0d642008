/** The overview's plain-language summary, written from the same numbers the page shows. */
import { formatNumber, formatPercent, t } from '$lib/i18n';
import type { Convention, Headline, ReportingRow } from '$lib/queries/types';

export function overviewSummary(headline: Headline, reporting: ReportingRow[], conventions: Convention[]): string[] {
	const share = (status: string) => headline.class_shares.find((s) => s.status === status)?.share ?? 0;
	const cells = headline.class_shares.reduce((sum, s) => sum + s.cells, 0);
	const sentences = [
		t('summary.reporting', {
			rate: formatPercent(headline.reporting_rate),
			due: formatNumber(headline.reports_due)
		})
	];
	if (cells > 0) {
		sentences.push(
			t('summary.classes', {
				cells: formatNumber(cells),
				advanced: formatPercent(share('advanced')),
				notStarted: formatPercent(share('not_started')),
				noData: formatPercent(share('no_data'))
			})
		);
	}
	const best = latestPerConvention(reporting)
		.filter((row) => row.rate != null)
		.toSorted((a, b) => b.rate! - a.rate!)[0];
	const convention = conventions.find((c) => c.convention_id === best?.convention_id);
	if (best && convention) {
		sentences.push(t('summary.best', { convention: convention.short_name, rate: formatPercent(best.rate), cycle: best.label }));
	}
	return sentences;
}

function latestPerConvention(reporting: ReportingRow[]): ReportingRow[] {
	const latest = new Map<string, ReportingRow>();
	for (const row of reporting) {
		const current = latest.get(row.convention_id);
		if (!current || row.year > current.year) latest.set(row.convention_id, row);
	}
	return [...latest.values()];
}
