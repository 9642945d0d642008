/**
 * Views the SQL console adds over the published tables, so common questions are short. Built from the scoring
 * rule's own SQL (`src/lib/scoring`: latest cycle, ranked cycles, classes) and the lenses' overall status
 * (`overallStatuses`, rule 3), so the console and the pages cannot disagree.
 */
import { overallStatuses } from '../lens-shared';
import { classifySql, latestCyclesSql, rankedCyclesSql } from '../../scoring';
import type { SqlFragment } from '../../db/sql';

export interface ConsoleView {
	name: string;
	/** The tables the view reads, loaded before it is created. */
	reads: string[];
	sql: string;
}

/** A fragment's SQL with its parameters written in: views cannot take parameters, and these are all NULL (no filter). */
function inline(fragment: SqlFragment): string {
	if (fragment.params.some((value) => value !== null)) throw new Error('A console view can only inline NULL parameters');
	return fragment.text.replaceAll('?', 'NULL');
}

const latestCycles = `SELECT convention_id, cycle_id FROM (${latestCyclesSql()})`;

export const CONSOLE_VIEWS: ConsoleView[] = [
	{
		name: 'status_latest',
		reads: ['status', 'cycles'],
		sql: `SELECT s.* FROM status s JOIN (${latestCycles}) l USING (convention_id, cycle_id)`
	},
	{
		name: 'element_status_latest',
		reads: ['element_status', 'cycles'],
		sql: `SELECT e.* FROM element_status e JOIN (${latestCycles}) l USING (convention_id, cycle_id)`
	},
	{
		name: 'country_overall',
		reads: ['status', 'cycles'],
		sql: `SELECT o.convention_id, o.cycle_id, c.year, o.iso3, o.score, o.n_targets, ${classifySql('o.score')} AS status,
			c.from_latest = 1 AS latest
			FROM (${inline(overallStatuses())}) o JOIN (${rankedCyclesSql()}) c USING (convention_id, cycle_id)`
	}
];

export const createViewSql = (view: ConsoleView) => `CREATE OR REPLACE VIEW ${view.name} AS ${view.sql.replace(/\s+/g, ' ')}`;
