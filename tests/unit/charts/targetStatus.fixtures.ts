/** Hand-made rows for the target page's charts: a target under two conventions, answers of three scales. */
import type { CrosswalkQuestion } from '../../../src/lib/queries/target/crosswalk';
import type { ElementCycleStatus } from '../../../src/lib/queries/target/element-by-cycle';
import { classify } from '../../../src/lib/schema';

const cycle = (
	convention_id: string,
	short_name: string,
	cycle_id: string,
	label: string,
	year: number,
	score: number | null,
	n_countries: number,
	n_reports: number
): ElementCycleStatus => ({
	convention_id,
	short_name,
	cycle_id,
	label,
	year,
	score,
	n_countries,
	n_reports,
	n_questions: 1,
	status: classify(score, 1)
});

export const byCycle: ElementCycleStatus[] = [
	cycle('cbd', 'CBD', 'cbd-3nr', 'Third national report', 2005, 0.5, 2, 2),
	cycle('cbd', 'CBD', 'cbd-4nr', 'Fourth national report', 2009, 0.625, 4, 4),
	cycle('ramsar', 'Ramsar', 'ramsar-cop9', 'Report to COP9', 2005, null, 0, 0),
	cycle('ramsar', 'Ramsar', 'ramsar-cop10', 'Report to COP10', 2008, 0.8, 2, 2)
];

export const questions: CrosswalkQuestion[] = [
	{
		convention_id: 'cbd',
		cycle_id: 'cbd-4nr',
		question_id: 'q1',
		text: 'Has your country established a protected-area system covering its ecological regions?',
		scale_id: 'yesno',
		targets: '1.1',
		n_reports: 40,
		answers: [
			{ answer: 'n', label: 'No', score: 0, count: 10 },
			{ answer: 'y', label: 'Yes', score: 1, count: 28 }
		],
		not_applicable: [],
		no_answer: 2
	},
	{
		convention_id: 'cbd',
		cycle_id: 'cbd-4nr',
		question_id: 'q2',
		text: 'Progress on conserving ecological regions',
		scale_id: 'cbd4',
		targets: '1.1, 2.1',
		n_reports: 40,
		answers: [
			{ answer: '1', label: 'No action', score: 0, count: 4 },
			{ answer: '2', label: 'Early stages', score: 0.3, count: 12 },
			{ answer: '3', label: 'Good progress', score: 0.7, count: 16 },
			{ answer: '4', label: 'Fully implemented', score: 1, count: 1 }
		],
		not_applicable: [],
		no_answer: 7
	},
	{
		convention_id: 'cbd',
		cycle_id: 'cbd-4nr',
		question_id: 'q9',
		text: 'Wetland inventory',
		scale_id: 'ramsar',
		targets: '1.1',
		n_reports: 40,
		answers: [
			{ answer: 'B', label: 'No', score: 0, count: 5 },
			{ answer: 'A', label: 'Yes', score: 1, count: 20 }
		],
		not_applicable: [{ answer: 'Z', label: 'Not applicable', score: null, count: 15 }],
		no_answer: 0
	}
];
