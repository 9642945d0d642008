/** The convention page's plain-language summary, written from the same numbers the page shows. */
import { classify } from '$lib/scoring';
import { formatDate, formatNumber, formatPercent, formatScore, listOf, regionName, statusLabel, t, tp } from '$lib/i18n';
import type { ConventionData } from '$lib/queries/convention';
import { leaders, sameCounts, type Counted } from '$lib/summary/leaders';
import type { FrameworkElement } from '$lib/queries/types';
import type { ConventionCountry } from '$lib/queries/lens-types';
import { categoryLabel } from '$lib/charts/worldMap';
import { countriesIn, type Selection } from './linked-view';

export function conventionSummary(data: ConventionData): string[] {
	return [reportingSentence(data), overallSentence(data), ...targetSentences(data)].filter((s): s is string => s != null);
}

function reportingSentence({ reporting, cycle, parties, asOf }: ConventionData): string {
	const row = reporting.find((r) => r.cycle_id === cycle.cycle_id);
	if (!row || row.expected === 0) return t('convention.summary.noReports', { cycle: cycle.label });
	const overdue = parties.filter((party) => party.reports[cycle.cycle_id]?.state === 'overdue').length;
	const sentence = t('convention.summary.reporting', {
		submitted: formatNumber(row.submitted),
		expected: formatNumber(row.expected),
		cycle: cycle.label,
		rate: formatPercent(row.rate),
		overdue: formatNumber(overdue)
	});
	return asOf ? `${sentence} ${t('data.asOf.note', { date: formatDate(asOf) })}` : sentence;
}

/** One level up: the mean of the countries' overall statuses, with how many stand behind it. */
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

/** "6.1 and 6.2 (67 of 91 each)" for the leaders on a share. */
function leadersPhrase(key: 'summary.strongest' | 'summary.weakest', rows: Counted<FrameworkElement>[]): string | null {
	const top = leaders(rows);
	if (top.length === 0) return null;
	const each = top.length > 1 && sameCounts(top);
	return t(key, {
		targets: listOf(top.map((row) => row.item.code)),
		count: formatNumber(top[0].count),
		total: formatNumber(top[0].total),
		each: each ? t('summary.each') : ''
	});
}

function targetSentences({ targetClasses, framework, convention }: ConventionData): string[] {
	const targets = framework.filter((element) => element.level === 'target');
	const perTarget = targets.map((target) => {
		const rows = targetClasses.filter((row) => row.element_id === target.element_id);
		const count = (status: string) => rows.find((row) => row.status === status)?.countries ?? 0;
		// Countries whose report format asks about the target: not covered is left out.
		const total = rows.reduce((sum, row) => sum + row.countries, 0) - count('not_covered');
		return { target, total, advanced: count('advanced'), notStarted: count('not_started'), noData: count('no_data'), notCovered: count('not_covered') };
	});
	const sentences = [
		leadersPhrase(
			'summary.strongest',
			perTarget.map((row) => ({ item: row.target, count: row.advanced, total: row.total }))
		),
		leadersPhrase(
			'summary.weakest',
			perTarget.map((row) => ({ item: row.target, count: row.notStarted, total: row.total }))
		)
	].filter((s): s is string => s != null);
	const notCovered = perTarget.filter((row) => row.notCovered > 0 && row.total === 0).length;
	if (notCovered > 0) {
		sentences.push(tp('summary.notCovered', notCovered, { total: formatNumber(targets.length), convention: convention.short_name }));
	}
	const asked = perTarget.filter((row) => row.total > 0);
	const empty = asked.filter((row) => row.noData === row.total).length;
	if (empty > 0) sentences.push(tp('summary.noDataAsked', empty, { asked: formatNumber(asked.length) }));
	return sentences;
}

/**
 * The linked views' sentence: how the parties (of the region chosen on the map) stand on the chosen target
 * (or overall) and how many are in the chosen class — the numbers the recoloured map and the filtered table
 * show. Null without a choice.
 */
export function selectionSentence(
	data: ConventionData,
	countries: ConventionCountry[],
	targetCode: string | null,
	{ category, region }: Pick<Selection, 'category' | 'region'>
): string | null {
	if (!targetCode && !category && !region) return null;
	const parties = countriesIn(countries, region).filter((c) => c.joined != null);
	const inClass = (status: string) => parties.filter((c) => c.category === status).length;
	const cycle = data.cycle.label;
	const scope = region
		? targetCode
			? t('linked.scope.targetRegion', { code: targetCode, cycle, region: regionName(region) })
			: t('linked.scope.overallRegion', { cycle, region: regionName(region) })
		: targetCode
			? t('linked.scope.target', { code: targetCode, cycle })
			: t('linked.scope.overall', { cycle });
	if (category) {
		return t('linked.summary.class', {
			scope,
			count: formatNumber(inClass(category)),
			total: formatNumber(parties.length),
			status: categoryLabel(category).toLowerCase()
		});
	}
	const scored = parties.filter((c) => c.score != null).length;
	return t('linked.summary.target', {
		scope,
		scored: formatNumber(scored),
		total: formatNumber(parties.length),
		advanced: formatNumber(inClass('advanced')),
		notStarted: formatNumber(inClass('not_started'))
	});
}
