/** The target page's plain-language summary: one sentence per convention shown, from the page's numbers. */
import { formatNumber, regionName, t } from '$lib/i18n';
import type { TargetData } from '$lib/queries/target/target-page';
import { elementNameInText } from '../framework-path';

/** `region` is the data's (English) region name, the filter's value; the sentence shows it in the page's language. */
export function targetSummary(data: Pick<TargetData, 'element' | 'shown' | 'summary'>, region: string | null): string[] {
	const element = elementNameInText(data.element);
	// One whole message per case (with or without a region), so that a translation can order the words freely.
	const key = <K extends 'progress' | 'noData' | 'noReports'>(kind: K) =>
		region ? (`target.summary.${kind}.region` as const) : (`target.summary.${kind}` as const);
	return data.shown.map((cycle) => {
		const counts = data.summary.find((row) => row.convention_id === cycle.convention_id && row.cycle_id === cycle.cycle_id);
		const reporting = counts?.reporting ?? 0;
		const base = { convention: cycle.short_name, cycle: cycle.label, element, where: '', region: regionName(region), reporting: formatNumber(reporting) };
		if (cycle.status === 'not_covered') return t('target.summary.notCovered', base);
		if (!counts || reporting === 0) return t(key('noReports'), base);
		if (counts.with_data === 0) return t(key('noData'), base);
		const sentence = t(key('progress'), { ...base, progressing: formatNumber(counts.progressing) });
		const missing = reporting - counts.with_data;
		return missing ? `${sentence} ${t('target.summary.missing', { count: formatNumber(missing) })}` : sentence;
	});
}
