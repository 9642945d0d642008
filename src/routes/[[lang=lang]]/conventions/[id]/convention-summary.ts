/** The convention page's plain-language summary, written from the same numbers the page shows. */
import { classify, STATUS_CLASSES } from '$lib/schema';
import { formatNumber, formatPercent, formatScore, statusLabel, t } from '$lib/i18n';
import type { ConventionData } from '$lib/queries/convention';

export function conventionSummary(data: ConventionData): string[] {
	return [reportingSentence(data), overallSentence(data), ...targetSentences(data)].filter((s): s is string => s != null);
}

function reportingSentence({ reporting, cycle, parties }: ConventionData): string {
	const row = reporting.find((r) => r.cycle_id === cycle.cycle_id);
	if (!row || row.expected === 0) return t('convention.summary.noReports', { cycle: cycle.label });
	const overdue = parties.filter((party) => party.reports[cycle.cycle_id]?.state === 'overdue').length;
	return t('convention.summary.reporting', {
		submitted: formatNumber(row.submitted),
		expected: formatNumber(row.expected),
		cycle: cycle.label,
		rate: formatPercent(row.rate),
		overdue: formatNumber(overdue)
	});
}

/** Rule 3 one level up: the mean of the countries' overall statuses, with how many stand behind it. */
function overallSentence({ countries }: ConventionData): string {
	const scores = countries.map((c) => c.score).filter((score): score is number => score != null);
	if (scores.length === 0) return t('convention.summary.noStatus');
	const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
	const inClass = (status: string) => countries.filter((c) => c.score != null && c.status === status).length;
	return t('convention.summary.overall', {
		countries: formatNumber(scores.length),
		score: formatScore(mean),
		status: statusLabel(classify(mean)).toLowerCase(),
		advanced: formatNumber(inClass('advanced')),
		notStarted: formatNumber(inClass('not_started'))
	});
}

function targetSentences({ targetClasses, framework }: ConventionData): string[] {
	const targets = framework.filter((element) => element.level === 'target');
	const perTarget = targets.map((target) => {
		const rows = targetClasses.filter((row) => row.element_id === target.element_id);
		const count = (status: (typeof STATUS_CLASSES)[number]) => rows.find((row) => row.status === status)?.countries ?? 0;
		const total = rows.reduce((sum, row) => sum + row.countries, 0);
		return { target, total, advanced: count('advanced'), noData: count('no_data') };
	});
	const sentences: string[] = [];
	const best = perTarget
		.filter((row) => row.advanced > 0)
		.toSorted((a, b) => b.advanced / b.total - a.advanced / a.total)[0];
	if (best) {
		sentences.push(
			t('convention.summary.best', { code: best.target.code, count: formatNumber(best.advanced), total: formatNumber(best.total) })
		);
	}
	const empty = perTarget.filter((row) => row.noData === row.total).length;
	if (empty > 0) sentences.push(t('convention.summary.noData', { count: formatNumber(empty), targets: formatNumber(targets.length) }));
	return sentences;
}
