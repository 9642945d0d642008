/** The rows importers produce and the shape every importer has: CSV text in, rows and problems out. */
import type { Problem } from '../../core/problems';
import type { AggregateKind } from '../../lib/indicators/entities';

export interface Aggregate {
	code: string;
	name: string;
	kind: AggregateKind;
}

export interface IndicatorValue {
	indicator_id: string;
	/** A reference country's ISO3, or an aggregate's code (WLD, a World Bank code, AGG_…). */
	iso3: string;
	year: number;
	value: number;
}

export interface PartyRow {
	convention_id: string;
	iso3: string;
	/** ISO date the membership entered into force. */
	joined: string;
}

export interface ImportResult<Row> {
	rows: Row[];
	aggregates: Aggregate[];
	problems: Problem[];
	/** Data records read (the header not counted). */
	records: number;
	/** Records without a value: no observation, left out (counted so that nothing disappears unseen). */
	emptyValues: number;
}

export type Importer<Row> = (csvText: string, options: { file: string }) => ImportResult<Row>;
