/**
 * The activities lens's filters in the URL (`?agency=&status=&from=&to=&region=&group=`), so reload, back and
 * a shared link restore the view. Values that name nothing in the data are dropped.
 */
import { ACTIVITY_STATUSES } from './vocabulary';
import type { ActivitiesData, ActivityFilters } from '../queries/activity-types';
import type { ProgrammeGroup } from '../charts/workProgramme';

export const ACTIVITY_URL_KEYS = ['agency', 'status', 'from', 'to', 'region', 'group'] as const;
export type ActivityUrlKey = (typeof ACTIVITY_URL_KEYS)[number];

type Known = Pick<ActivitiesData, 'agencies' | 'regions' | 'years'>;

export function readActivityFilters(params: URLSearchParams | null, known: Known): ActivityFilters {
	const get = (key: ActivityUrlKey) => params?.get(key) || null;
	const year = (key: 'from' | 'to') => {
		const value = Number(get(key));
		return get(key) !== null && Number.isInteger(value) && known.years && value >= known.years[0] && value <= known.years[1] ? value : null;
	};
	const agency = get('agency');
	const status = get('status');
	const region = get('region');
	return {
		agency: known.agencies.some((a) => a.agency_id === agency) ? agency : null,
		status: (ACTIVITY_STATUSES as readonly string[]).includes(status ?? '') ? status : null,
		from: year('from'),
		to: year('to'),
		region: known.regions.includes(region ?? '') ? region : null
	};
}

export function readProgrammeGroup(params: URLSearchParams | null): ProgrammeGroup {
	return params?.get('group') === 'focal_area' ? 'focal_area' : 'agency';
}
