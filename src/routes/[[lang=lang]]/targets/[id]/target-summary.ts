/** The target page's plain-language summary: one sentence per convention shown, from the page's numbers. */
import { formatNumber, t } from '$lib/i18n';
import type { TargetData } from '$lib/queries/target';
import { elementNameInText } from '../framework-path';

export function targetSummary(data: Pick<TargetData, 'element' | 'shown' | 'summary'>, region: string | null): string[] {
	const element = elementNameInText(data.element);
	const where = region ? t('target.summary.where', { region }) : '';
	return data.shown.map((cycle) => {
		const counts = data.summary.find((row) => row.convention_id === cycle.convention_id && row.cycle_id === cycle.cycle_id);
		const reporting = counts?.reporting ?? 0;
		const base = { convention: cycle.short_name, cycle: cycle.label, element, where, reporting: formatNumber(reporting) };
		if (!counts || reporting === 0) return t('target.summary.noReports', base);
		if (counts.with_data === 0) return t('target.summary.noData', base);
		const sentence = t('target.summary.progress', { ...base, progressing: formatNumber(counts.progressing) });
		const missing = reporting - counts.with_data;
		return missing ? `${sentence} ${t('target.summary.missing', { count: formatNumber(missing) })}` : sentence;
	});
}
