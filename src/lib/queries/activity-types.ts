/** Row shapes of the activities lens (agencies' activities beside the status they aim to move). */
import type { SupportMark } from '../activities/support-rule';
import type { StatusClass } from '../schema';
import type { FrameworkElement } from './types';

/** What the lens is narrowed to, all in the URL; `null` = everything. Years bound the period an activity overlaps. */
export interface ActivityFilters {
	agency: string | null;
	status: string | null;
	from: number | null;
	to: number | null;
	region: string | null;
}

export const NO_ACTIVITY_FILTERS: ActivityFilters = { agency: null, status: null, from: null, to: null, region: null };

export interface Agency {
	agency_id: string;
	name: string;
	kind: string;
}

export interface Activity {
	activity_id: string;
	agency_id: string;
	agency_name: string;
	title: string;
	start: string;
	end: string;
	status: string;
	developments: string | null;
	obstacles: string | null;
	/** The elements the input names (targets, goals, focal areas), in framework order. */
	elements: string[];
	/** Every target supported, goals and focal areas expanded. */
	targets: string[];
	countries: string[];
	/** Names of `countries` in the page's language, by name. */
	country_names: string[];
}

/** One target's support (under the filters) beside its status. */
export interface TargetSupport {
	element_id: string;
	code: string;
	n_activities: number;
	n_ongoing: number;
	n_agencies: number;
	score: number | null;
	n_conventions: number;
	change: number | null;
	status: StatusClass;
	mark: SupportMark | null;
}

export interface ActivitiesData {
	filters: ActivityFilters;
	agencies: Agency[];
	framework: FrameworkElement[];
	regions: string[];
	/** First and last year any activity covers. */
	years: [number, number] | null;
	activities: Activity[];
	support: TargetSupport[];
	/** Which targets each ongoing activity supports (under every filter but status): counts activities "between" targets. */
	ongoing: { activity_id: string; element_id: string }[];
}
