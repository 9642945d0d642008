/** Row shapes that queries return and charts/components consume. Numbers are plain JS numbers (no BigInt). */
import type { Level, StatusClass } from '../schema';

export interface Convention {
	convention_id: string;
	name: string;
	short_name: string;
}

export interface FrameworkElement {
	element_id: string;
	level: Level;
	parent_id: string | null;
	code: string;
	title: string;
	sort: number;
}

/** One cell of the target × convention matrix: a convention's status for one target in one cycle. */
export interface MatrixCell {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	element_id: string;
	score: number | null;
	n_countries: number;
	status: StatusClass;
}

export interface ReportingRow {
	convention_id: string;
	cycle_id: string;
	label: string;
	year: number;
	expected: number;
	submitted: number;
	/** submitted / expected, 0..1; null when nothing was expected. */
	rate: number | null;
}

export interface ClassShare {
	status: StatusClass;
	cells: number;
	share: number;
}

export interface Headline {
	/** Countries that are party to at least one convention. */
	parties: number;
	/** Reports expected in each convention's latest cycle and due by the data's date, summed. */
	reports_due: number;
	reports_submitted: number;
	/** Reports expected in a latest cycle whose due date is after the data's date: not counted as due. */
	reports_not_yet_due: number;
	reporting_rate: number | null;
	/** The data's date the counts are judged on (rule 7). */
	as_of: string | null;
	/** Share of matrix cells (convention × target, latest cycle) in each class, out of the cells the formats ask. */
	class_shares: ClassShare[];
	/** Matrix cells whose convention's format asks nothing on the target (left out of the shares). */
	not_covered: number;
}
