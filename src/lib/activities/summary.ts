/**
 * The plain-language summary of "support vs status", from the same rows the chart draws: the opportunities by
 * status class ("Targets 6.1 and 4.3 lag (early stages) and have one ongoing activity between them."), then
 * the targets for a closer look. Activities are counted once however many of the targets they support.
 */
import { regionName, statusLabel, t } from '../i18n';
import type { ActivitiesData, TargetSupport } from '../queries/activity-types';
import { STATUS_CLASSES } from '../schema';
import { ongoingPhrase, targetList } from './labels';
import type { SupportMark } from './support-rule';

export function supportSummary({ support, ongoing, filters }: Pick<ActivitiesData, 'support' | 'ongoing' | 'filters'>): string[] {
	const between = (rows: TargetSupport[]) => {
		const ids = new Set(rows.map((row) => row.element_id));
		return new Set(ongoing.filter((row) => ids.has(row.element_id)).map((row) => row.activity_id)).size;
	};
	const marked = (mark: SupportMark) => support.filter((row) => row.mark === mark);
	const sentences: string[] = [];
	for (const status of STATUS_CLASSES) {
		const rows = marked('opportunity').filter((row) => row.status === status);
		if (rows.length === 0) continue;
		const params = { status: statusLabel(status).toLocaleLowerCase(), ongoing: ongoingPhrase(between(rows)) };
		sentences.push(
			rows.length === 1
				? t('activities.summary.opportunity.one', { ...params, target: t('target.level.target', { code: rows[0].code }) })
				: t('activities.summary.opportunity.many', { ...params, targets: targetList(rows.map((row) => row.code)) })
		);
	}
	const closer = marked('closer_look');
	if (closer.length === 1) {
		sentences.push(t('activities.summary.closer.one', { target: t('target.level.target', { code: closer[0].code }), ongoing: ongoingPhrase(between(closer)) }));
	} else if (closer.length > 1) {
		sentences.push(t('activities.summary.closer.many', { targets: targetList(closer.map((row) => row.code)), ongoing: ongoingPhrase(between(closer)) }));
	}
	if (sentences.length === 0) sentences.push(t('activities.summary.none'));
	if (filters.region) sentences[0] = t('activities.summary.where', { region: regionName(filters.region) }) + sentences[0];
	return sentences;
}
