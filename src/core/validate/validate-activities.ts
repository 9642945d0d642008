/** Rules of the activity files beyond single values and references: files that need each other, periods in order. */
import { ACTIVITY_INPUT_FILES, type ActivityTable } from '../contract/activity-contract';
import { quote as q } from '../problems';
import type { ValidationContext } from './validation-context';

/** Each activity file needs the one it refers to: activities need agencies, targets and countries need activities. */
const NEEDS: [ActivityTable, ActivityTable, string][] = [
	['activities', 'agencies', 'agency_id,name,kind'],
	['activity_targets', 'activities', 'activity_id,agency_id,title,start,end,status,developments,obstacles'],
	['activity_countries', 'activities', 'activity_id,agency_id,title,start,end,status,developments,obstacles']
];

export function validateActivityFilesTogether(context: ValidationContext, given: ReadonlySet<string>): void {
	for (const [name, needed, columns] of NEEDS) {
		const table = context.tables[name];
		if (!table || given.has(needed)) continue;
		const neededFile = ACTIVITY_INPUT_FILES[needed].file;
		context.add({
			file: table.file,
			message: `there is no ${neededFile} for the ids this file refers to`,
			fix: `add ${neededFile} (${columns}) to the input folder`
		});
	}
}

/** An activity ends on or after the day it starts (ISO dates compare as text). */
export function validateActivityPeriods(context: ValidationContext): void {
	const activities = context.tables.activities;
	if (!activities) return;
	const valuesOf = context.valuesOf(activities, ['activity_id', 'start', 'end']);
	context.forEachCleanRow(activities, (row) => {
		const [id, start, end] = valuesOf(row);
		if (end >= start) return;
		context.flag(activities, row, 'end', {
			message: `activity ${q(id)} ends (${end}) before it starts (${start})`,
			fix: 'correct the start or end date (YYYY-MM-DD)'
		});
	});
}
