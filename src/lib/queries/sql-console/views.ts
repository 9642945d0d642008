/**
 * Views the SQL console adds over the published tables, so common questions are short. Built from the
 * lenses' own SQL fragments (latest cycle = `rankedCycles`' from_latest = 1; a country's overall status =
 * `overallStatuses`, rule 3, classed by rule 4): when those move, this is the one place to repoint.
 */
import { overallStatuses, rankedCycles } from '../lens-shared';
import { classifySql } from '../../schema';
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

const latestCycles = `SELECT convention_id, cycle_id FROM (${inline(rankedCycles)}) WHERE from_latest = 1`;

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
			FROM (${inline(overallStatuses())}) o JOIN (${inline(rankedCycles)}) c USING (convention_id, cycle_id)`
	}
];

export const createViewSql = (view: ConsoleView) => `CREATE OR REPLACE VIEW ${view.name} AS ${view.sql.replace(/\s+/g, ' ')}`;
