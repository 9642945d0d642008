/** Row shapes of the convention, country, compare and evidence lenses (plain numbers, no BigInt). */
import type { StatusClass } from '../schema';
import type { MatrixCell } from './types';

export interface Cycle {
	convention_id: string;
	cycle_id: string;
	label: string;
	year: number;
	due: string;
}

export interface Country {
	iso3: string;
	name: string;
	region: string | null;
	subregion: string | null;
}

/** What became of one expected report: see src/lib/scoring/reporting.ts. */
export type { ReportState } from '../scoring/reporting';
import type { ReportState } from '../scoring/reporting';

export interface ReportCell {
	cycle_id: string;
	submitted: string | null;
	/** The report document, when the data links it. */
	url?: string | null;
	state: ReportState;
}

/** A country's overall status under a convention in one cycle (rule 3: mean of its target statuses). */
export interface OverallStatus {
	score: number | null;
	/** Targets with a status that the mean is over. */
	n_targets: number;
	status: StatusClass;
}

/** What the map shows for a country: a status class, or not being a party. */
export type MapCategory = StatusClass | 'not_party';

export interface ConventionCountry extends OverallStatus {
	iso3: string;
	name: string;
	region: string | null;
	joined: string | null;
	category: MapCategory;
	/** The country has a page (it is party to at least one convention). */
	has_page: boolean;
	/** The chosen cycle's report. */
	report: ReportCell;
}

export interface PartyRow {
	iso3: string;
	name: string;
	region: string | null;
	joined: string;
	/** By cycle_id, every cycle of the convention. */
	reports: Record<string, ReportCell>;
}

/** How many countries of the chosen cycle are in each class for one target. */
export interface TargetClassCount {
	element_id: string;
	status: StatusClass;
	countries: number;
}

/** A cell of a country's (or region's) matrix: the convention's status for a target, with its coverage. */
export interface CountryCell extends MatrixCell {
	/** Scored answers and questions of the report behind the status (a country); null for a region. */
	n_scored: number | null;
	n_questions: number | null;
	/** The country's report of this cycle, or null for a region. */
	report_state: ReportState | null;
}

/** How a status moved since the previous cycle (rule 6); an indicator's change is src/lib/indicators/change.ts. */
export type StatusChange = 'up' | 'down' | 'same' | 'new' | 'none';

export interface ChangeCell {
	convention_id: string;
	element_id: string;
	cycle_id: string;
	previous_cycle_id: string | null;
	score: number | null;
	previous: number | null;
	change: StatusChange;
}

export interface Membership {
	convention_id: string;
	joined: string | null;
}

/** Overall status per convention: the country next to the mean of its region and of the world. */
export interface Benchmark {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	country: number | null;
	country_targets: number;
	region: number | null;
	n_region: number;
	world: number | null;
	n_world: number;
}

/** Why a country has no status for a target in a report. */
export type NoStatusReason = 'not_party' | 'not_expected' | 'not_submitted' | 'no_questions' | 'not_answered' | 'all_not_applicable';

export interface EvidenceRow {
	question_id: string;
	text: string;
	answer: string | null;
	answer_label: string | null;
	/** null: not applicable (answered) or not answered (answer null). */
	score: number | null;
}

export interface Evidence {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	iso3: string;
	element_id: string;
	joined: string | null;
	submitted: string | null;
	rows: EvidenceRow[];
	score: number | null;
	status: StatusClass;
	n_scored: number;
	n_questions: number;
	reason: NoStatusReason | null;
}
