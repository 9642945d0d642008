/** References of the activity files: to agencies, to activities, and to the framework and countries. */
import { quote as q } from '../problems';
import { country, element, type Reference } from './references';

const activity = (from: 'activity_targets' | 'activity_countries'): Reference => ({
	from,
	columns: ['activity_id'],
	column: 'activity_id',
	to: 'activities',
	toColumns: ['activity_id'],
	problem: ([id]) => `activity ${q(id)} is not in activities.csv`,
	fix: 'add the activity to activities.csv or correct the id'
});

export const ACTIVITY_REFERENCES: Reference[] = [
	{
		from: 'activities',
		columns: ['agency_id'],
		column: 'agency_id',
		to: 'agencies',
		toColumns: ['agency_id'],
		problem: ([id]) => `agency ${q(id)} is not in agencies.csv`,
		fix: 'add the agency to agencies.csv or correct the id'
	},
	activity('activity_targets'),
	element('activity_targets', 'element_id'),
	activity('activity_countries'),
	country('activity_countries')
];
