/**
 * Dates that are valid one by one but odd together: warnings, printed after the build, never a reason to stop.
 * A report submitted before its country joined the convention, a cycle whose year and due date are far apart.
 */
import { columnIndex } from '../read/csv-table';
import { quote as q } from '../problems';
import { TupleIndex } from './tuple-index';
import type { ValidationContext } from './validation-context';

/** Years a cycle's `year` may differ from its due date's year without a warning. */
const CYCLE_YEAR_SPREAD = 5;

export function warnReportsBeforeJoining(context: ValidationContext): void {
	const { reports, parties } = context.tables;
	if (!reports || !parties) return;
	const key = ['convention_id', 'iso3'];
	const partyPositions = key.map((column) => columnIndex(parties, column));
	const joinedPosition = columnIndex(parties, 'joined');
	const joined = new TupleIndex<{ date: string; line: number }>();
	context.forEachCleanRow(parties, (row) => {
		joined.setIfAbsent(parties.rows[row], partyPositions, { date: parties.rows[row][joinedPosition], line: parties.lines[row] });
	});
	const reportPositions = key.map((column) => columnIndex(reports, column));
	const submittedPosition = columnIndex(reports, 'submitted');
	context.forEachCleanRow(reports, (row) => {
		const values = reports.rows[row];
		const submitted = values[submittedPosition];
		const party = joined.get(values, reportPositions);
		if (submitted === '' || !party || submitted >= party.date) return;
		const [conventionId, iso3] = reportPositions.map((position) => values[position]);
		context.warn(reports, row, 'submitted', {
			message: `submitted ${q(submitted)}, before ${q(iso3)} joined ${q(conventionId)} on ${q(party.date)} (parties.csv line ${party.line})`,
			fix: 'check the submitted date here and the joined date in parties.csv'
		});
	});
}

export function warnCycleYearFarFromDue(context: ValidationContext): void {
	const cycles = context.tables.cycles;
	if (!cycles) return;
	const valuesOf = context.valuesOf(cycles, ['cycle_id', 'year', 'due']);
	context.forEachCleanRow(cycles, (row) => {
		const [cycleId, year, due] = valuesOf(row);
		const spread = Math.abs(Number(due.slice(0, 4)) - Number(year));
		if (spread <= CYCLE_YEAR_SPREAD) return;
		context.warn(cycles, row, 'year', {
			message: `cycle ${q(cycleId)} has year ${year} but is due on ${due}, ${spread} years apart`,
			fix: 'check the year and the due date'
		});
	});
}
