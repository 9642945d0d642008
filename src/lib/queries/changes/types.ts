/** Row shapes of "Since the last meeting" (/changes/): plain numbers, no BigInt. */
import type { ReportState } from '../../scoring/reporting';
import type { StatusClass } from '../../scoring/classes';

/** What the view is asked: reports and moves since `since` (ISO date), optionally one convention and region. */
export interface ChangesFilters {
	since: string;
	convention: string | null;
	region: string | null;
}

/** A date to start from that the data suggests: a cycle's due date, or one year before the data's date. */
export interface SincePreset {
	date: string;
	kind: 'due' | 'year';
	convention_id: string | null;
	cycle_label: string | null;
}

/** One report submitted since the date. */
export interface ReportIn {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	due: string;
	iso3: string;
	name: string;
	submitted: string;
	state: ReportState;
}

/** One cycle's reports: what came in since the date (on time, late) and what is still overdue now. */
export interface CycleIntake {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	due: string;
	expected: number;
	on_time: number;
	late: number;
	overdue: number;
}

export interface NewParty {
	convention_id: string;
	iso3: string;
	name: string;
	joined: string;
}

/**
 * One target of one country's report since the date next to its latest report before the date (same
 * convention): the classes before and after and the steps between (+ improved, − declined, 0 same).
 */
export interface StatusPair {
	convention_id: string;
	iso3: string;
	name: string;
	element_id: string;
	code: string;
	before_cycle: string;
	before_label: string;
	after_cycle: string;
	after_label: string;
	before_score: number;
	after_score: number;
	before_status: StatusClass;
	after_status: StatusClass;
	move: number;
}

/** A convention's status for a target in the cycle current before the date and the one current now. */
export interface ConventionMove {
	convention_id: string;
	element_id: string;
	code: string;
	before_cycle: string | null;
	before_label: string | null;
	now_cycle: string;
	now_label: string;
	before_score: number | null;
	now_score: number | null;
	before_status: StatusClass | null;
	now_status: StatusClass;
	before_countries: number;
	now_countries: number;
	/** Class steps between; null when either side has no class or both are the same cycle. */
	move: number | null;
}

/** A party whose report for the current cycle is due and missing. */
export interface Outstanding {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	due: string;
	iso3: string;
	name: string;
}
