/** "Since the last meeting": every question of /changes/ asked at once for one date, convention and region. */
import type { Db } from '../../db/connection';
import { asOfDate, conventionsQuery, once, regionsQuery } from '../lens-shared';
import type { Convention } from '../types';
import { conventionMovesQuery } from './convention-moves';
import { newPartiesQuery } from './new-parties';
import { outstandingQuery } from './outstanding';
import { duePresetsQuery, presets, yearBefore } from './presets';
import { cycleIntakeQuery, reportsInQuery } from './reports-in';
import { statusPairsQuery } from './moves';
import type { ChangesFilters, ConventionMove, CycleIntake, NewParty, Outstanding, ReportIn, SincePreset, StatusPair } from './types';

export * from './types';

export const CHANGES_TABLES = ['conventions', 'framework', 'cycles', 'countries', 'parties', 'reports', 'status', 'element_status'] as const;

export interface ChangesData {
	filters: ChangesFilters;
	/** The date overdue and "now" are judged on (rule 7). */
	asOf: string | null;
	conventions: Convention[];
	regions: string[];
	presets: SincePreset[];
	intake: CycleIntake[];
	reports: ReportIn[];
	newParties: NewParty[];
	/** Every target with a class before and after; `move` ≠ 0 are the moves. */
	pairs: StatusPair[];
	conventionMoves: ConventionMove[];
	outstanding: Outstanding[];
}

/** The date shown when the URL names none: one year before the data's date (else the first preset). */
export function defaultSince(asOf: string | null): string {
	return yearBefore(asOf) ?? '2000-01-01';
}

export async function loadChanges(db: Db, filters: ChangesFilters): Promise<ChangesData> {
	await db.ensure(CHANGES_TABLES);
	const asOf = asOfDate(db);
	const [conventions, regions, due] = await Promise.all([
		once(db, 'conventions', () => db.query<Convention>(conventionsQuery())),
		once(db, 'regions', () => db.query<{ region: string }>(regionsQuery())),
		once(db, `due presets ${asOf}`, () => db.query<SincePreset>(duePresetsQuery(asOf)))
	]);
	const [intake, reports, newParties, pairs, conventionMoves, outstanding] = await Promise.all([
		db.query<CycleIntake>(cycleIntakeQuery(filters, asOf)),
		db.query<ReportIn>(reportsInQuery(filters, asOf)),
		db.query<NewParty>(newPartiesQuery(filters)),
		db.query<StatusPair>(statusPairsQuery(filters)),
		db.query<ConventionMove>(conventionMovesQuery(filters, asOf)),
		db.query<Outstanding>(outstandingQuery(filters, asOf))
	]);
	return {
		filters,
		asOf,
		conventions,
		regions: regions.map((r) => r.region),
		presets: presets(asOf, due),
		intake,
		reports,
		newParties,
		pairs,
		conventionMoves,
		outstanding
	};
}
