/**
 * The template's example rows: one per file, all of them one small valid input together (a convention, its
 * cycle, a country that is a party and reported, one question on one target, one answer; an indicator with one
 * value; an agency with one activity). framework.csv needs three rows: a target must sit under a goal, and a
 * goal under a focal area, so one row alone cannot be valid.
 */
import type { TableName } from '../../core/contract/input-spec';

export const EXAMPLE_ROWS: Record<TableName, Record<string, string>[]> = {
	conventions: [{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' }],
	framework: [
		{ element_id: 'fa1', level: 'focal_area', parent_id: '', code: 'A', title: 'Protect the components of biodiversity' },
		{
			element_id: 'g1',
			level: 'goal',
			parent_id: 'fa1',
			code: '1',
			title: 'Promote the conservation of the biological diversity of ecosystems, habitats and biomes'
		},
		{ element_id: 't1.1', level: 'target', parent_id: 'g1', code: '1.1', title: "At least 10% of each of the world's ecological regions effectively conserved" }
	],
	countries: [{ iso3: 'KEN', name: 'Kenya', region: 'Africa', subregion: 'Sub-Saharan Africa' }],
	parties: [{ convention_id: 'cbd', iso3: 'KEN', joined: '1994-07-26' }],
	cycles: [{ convention_id: 'cbd', cycle_id: 'cbd-4nr', label: 'Fourth national report', year: '2009', due: '2009-03-30' }],
	reports: [{ convention_id: 'cbd', cycle_id: 'cbd-4nr', iso3: 'KEN', submitted: '2009-05-12', url: 'https://example.org/kenya-4nr.pdf' }],
	scales: [{ scale_id: 'yesno', answer: 'y', label: 'Yes', score: '1' }],
	questions: [
		{ convention_id: 'cbd', cycle_id: 'cbd-4nr', question_id: 'q1', scale_id: 'yesno', text: 'Has your country set a national target for protected areas?' }
	],
	crosswalk: [{ convention_id: 'cbd', question_id: 'q1', element_id: 't1.1' }],
	responses: [{ convention_id: 'cbd', cycle_id: 'cbd-4nr', iso3: 'KEN', question_id: 'q1', answer: 'y' }],
	indicators: [
		{
			indicator_id: 'pa_coverage',
			name: 'Coverage of protected areas',
			unit: '% of land area',
			element_id: 't1.1',
			source: 'Your source',
			licence: '',
			citation: '',
			kind: ''
		}
	],
	indicator_values: [{ indicator_id: 'pa_coverage', iso3: 'KEN', year: '2009', value: '11.6' }],
	indicator_entities: [{ code: 'WLD', name: 'World', kind: 'world' }],
	agencies: [{ agency_id: 'unep', name: 'United Nations Environment Programme', kind: 'un_agency' }],
	activities: [
		{
			activity_id: 'a1',
			agency_id: 'unep',
			title: 'Protected area assessment',
			start: '2008-01-01',
			end: '2010-12-31',
			status: 'ongoing',
			developments: '',
			obstacles: ''
		}
	],
	activity_targets: [{ activity_id: 'a1', element_id: 't1.1' }],
	activity_countries: [{ activity_id: 'a1', iso3: 'KEN' }]
};
