/** The compare page's plain-language summary: who is highest and lowest under the chosen convention, and overall. */
import { formatNumber, formatScore, regionName, statusLabel, t } from '$lib/i18n';
import type { CompareData, CompareEntry, CompareOverall } from '$lib/queries/compare';

/** An entry as the reader sees it: a country's name, or a region's name in the page's language. */
export function entryLabel(entry: CompareEntry): string {
	return entry.kind === 'region' ? t('compare.region', { region: regionName(entry.code) }) : entry.label;
}

export function compareSummary(data: Pick<CompareData, 'conventions' | 'entries' | 'overall'>, conventionId: string | undefined): string[] {
	const labels = new Map(data.entries.map((entry) => [entry.key, entryLabel(entry)]));
	const scored = (conventionId: string) =>
		data.overall.filter((row) => row.convention_id === conventionId && row.score != null && labels.has(row.entry)).toSorted((a, b) => b.score! - a.score!);
	const sentences: string[] = [];

	const convention = data.conventions.find((c) => c.convention_id === conventionId);
	if (convention) {
		const rows = scored(convention.convention_id);
		const cycle = data.overall.find((row) => row.convention_id === convention.convention_id)?.cycle_label ?? '';
		const base = { convention: convention.short_name, cycle };
		const score = (row: CompareOverall) => ({ score: formatScore(row.score), status: statusLabel(row.status).toLowerCase() });
		if (rows.length === 0) sentences.push(t('compare.summary.none', base));
		else if (rows.length === 1) sentences.push(t('compare.summary.only', { ...base, entry: labels.get(rows[0].entry)!, ...score(rows[0]) }));
		else {
			const [high, low] = [rows[0], rows[rows.length - 1]];
			sentences.push(
				t('compare.summary.convention', {
					...base,
					highest: labels.get(high.entry)!,
					highScore: score(high).score,
					highStatus: score(high).status,
					lowest: labels.get(low.entry)!,
					lowScore: score(low).score,
					lowStatus: score(low).status
				})
			);
		}
	}

	// Across conventions where at least two of those compared have a status: who is highest most often.
	const contested = data.conventions.map((c) => scored(c.convention_id)).filter((rows) => rows.length >= 2);
	const leads = new Map<string, number>();
	for (const rows of contested) leads.set(rows[0].entry, (leads.get(rows[0].entry) ?? 0) + 1);
	const leader = data.entries.map((entry) => entry.key).toSorted((a, b) => (leads.get(b) ?? 0) - (leads.get(a) ?? 0))[0];
	if (contested.length > 1 && leader && leads.get(leader)) {
		sentences.push(
			t('compare.summary.leads', {
				entry: labels.get(leader)!,
				count: formatNumber(leads.get(leader)!),
				conventions: formatNumber(contested.length)
			})
		);
	}
	return sentences;
}
