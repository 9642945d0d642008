/** The overview's plain-language summary, written from the same numbers the page shows. */
import { formatDate, formatNumber, formatPercent, t, tp } from '$lib/i18n';
import type { Convention, Headline, ReportingRow } from '$lib/queries/types';

export function overviewSummary(headline: Headline, reporting: ReportingRow[], conventions: Convention[]): string[] {
	const share = (status: string) => headline.class_shares.find((s) => s.status === status)?.share ?? 0;
	// Shares are out of the cells whose convention's format asks; not covered is counted apart.
	const cells = headline.class_shares.filter((s) => s.status !== 'not_covered').reduce((sum, s) => sum + s.cells, 0);
	const sentences = [
		t('summary.reporting', {
			rate: formatPercent(headline.reporting_rate),
			due: formatNumber(headline.reports_due)
		})
	];
	if (headline.reports_not_yet_due > 0 && headline.as_of) {
		sentences.push(tp('summary.reportsNotYetDue', headline.reports_not_yet_due, { date: formatDate(headline.as_of) }));
	}
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
	if (headline.not_covered > 0) sentences.push(tp('summary.notCoveredCells', headline.not_covered));
	const ranked = latestPerConvention(reporting)
		.filter((row) => row.rate != null)
		.toSorted((a, b) => b.rate! - a.rate!);
	const name = (row: ReportingRow | undefined) => conventions.find((c) => c.convention_id === row?.convention_id)?.short_name;
	const [best, worst] = [ranked[0], ranked.length > 1 ? ranked[ranked.length - 1] : undefined];
	if (best && name(best)) {
		sentences.push(t('summary.best', { convention: name(best)!, rate: formatPercent(best.rate), cycle: best.label }));
	}
	if (worst && name(worst) && worst.rate !== best.rate) {
		sentences.push(t('summary.lowestRate', { convention: name(worst)!, rate: formatPercent(worst.rate), cycle: worst.label }));
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
