/** Words for the activities lens that several parts share: statuses, elements, ongoing counts, target lists. */
import { getLocale, t } from '../i18n';
import type { FrameworkElement } from '../queries/types';

export const activityStatusLabel = (status: string) => t(`activities.status.${status}` as 'activities.status.ongoing');
export const agencyKindLabel = (kind: string) => t(`activities.kind.${kind}` as 'activities.kind.ngo');

/** "Target 1.1", "Goal 1", "Focal area A". */
export function elementLabel(element: Pick<FrameworkElement, 'level' | 'code'> | undefined, id: string): string {
	return element ? t(`target.level.${element.level}`, { code: element.code }) : id;
}

export function ongoingPhrase(count: number): string {
	if (count === 0) return t('activities.ongoing.none');
	if (count === 1) return t('activities.ongoing.one');
	return t('activities.ongoing.many', { count });
}

/** "Targets 6.1 and 4.3" in the page's language. */
export function targetList(codes: string[]): string {
	return t('activities.targets', { list: new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(codes) });
}

/** The activity's period as years when it starts and ends on a year's bounds, else as dates. */
export const yearOf = (date: string) => Number(date.slice(0, 4));
