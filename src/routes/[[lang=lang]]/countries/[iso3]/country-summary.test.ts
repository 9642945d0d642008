import { describe, expect, it } from 'vitest';
import type { ChangeCell, CountryCell } from '$lib/queries/lens-types';
import type { StatusClass } from '$lib/schema';
import { countrySummary } from './country-summary';

const country = { iso3: 'KEN', name: 'Kenya', region: 'Africa', subregion: 'Eastern Africa' };
const conventions = [
	{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
	{ convention_id: 'cms', name: 'Convention on Migratory Species', short_name: 'CMS' },
	{ convention_id: 'whc', name: 'World Heritage Convention', short_name: 'WHC' }
];
const SCORE: Record<StatusClass, number | null> = { not_started: 0.1, early: 0.3, in_progress: 0.6, advanced: 0.9, no_data: null, not_covered: null };
/** One cell per status given, targets t1, t2, … */
const cells = (convention_id: string, cycle_label: string, statuses: StatusClass[]): CountryCell[] =>
	statuses.map((status, i) => ({
		convention_id,
		cycle_id: `${convention_id}-x`,
		cycle_label,
		element_id: `t${i + 1}`,
		score: SCORE[status],
		n_countries: 1,
		status,
		n_scored: null,
		n_questions: null,
		report_state: 'on_time'
	}));
const change = (convention_id: string, element_id: string, kind: ChangeCell['change']): ChangeCell => ({
	convention_id,
	element_id,
	cycle_id: `${convention_id}-x`,
	previous_cycle_id: `${convention_id}-w`,
	score: null,
	previous: null,
	change: kind
});

describe('countrySummary', () => {
	it('names the convention with the most targets in progress or advanced, the fewest, and the change (rule 6)', () => {
		const data = {
			country,
			conventions,
			// CBD: 2 of 4 progressing (50%); CMS: 3 of 4 (75%); WHC: no status at all, so left out.
			cells: [
				...cells('cbd', 'Fourth national report', ['advanced', 'in_progress', 'early', 'no_data']),
				...cells('cms', 'Report to COP9', ['advanced', 'advanced', 'in_progress', 'not_started']),
				...cells('whc', 'Cycle 2', ['no_data', 'no_data', 'no_data', 'no_data'])
			],
			changes: [
				change('cbd', 't1', 'up'),
				change('cbd', 't2', 'down'),
				change('cms', 't1', 'down'),
				change('cms', 't2', 'same'),
				change('cms', 't3', 'new'),
				change('whc', 't1', 'none')
			]
		};
		expect(countrySummary(data)).toEqual([
			'Under CMS (Report to COP9), 3 of 4 targets are in progress or advanced for Kenya: the most of the 2 conventions where it has a status.',
			'The fewest are under CBD (Fourth national report): 2 of 4.',
			'Of 4 target statuses comparable with the previous cycle, 1 rose and 2 fell back.'
		]);
	});

	it('has one sentence for a single convention, and says when there is no status at all', () => {
		const one = { country, conventions, cells: cells('cms', 'Report to COP9', ['early', 'in_progress']), changes: [] };
		expect(countrySummary(one)).toEqual(['Under CMS (Report to COP9), 1 of 2 targets are in progress or advanced for Kenya.']);
		const none = { country, conventions, cells: cells('cms', 'Report to COP9', ['no_data']), changes: [] };
		expect(countrySummary(none)).toEqual(['Kenya has no status for any target yet: none of its submitted reports has a scored answer.']);
	});
});
