/**
 * Answer scales of the report formats. Answer codes are written as the formats write them; `score` in [0, 1],
 * null = not applicable (left out of scoring).
 */

export interface ScaleAnswer {
	answer: string;
	label: string;
	score: number | null;
}

export interface Scale {
	scale_id: string;
	answers: readonly ScaleAnswer[];
}

export const SCALES = [
	{
		scale_id: 'yes_no',
		answers: [
			{ answer: 'Y', label: 'Yes', score: 1 },
			{ answer: 'N', label: 'No', score: 0 }
		]
	},
	{
		scale_id: 'yes_no_na',
		answers: [
			{ answer: 'Y', label: 'Yes', score: 1 },
			{ answer: 'N', label: 'No', score: 0 },
			{ answer: 'NA', label: 'Not applicable', score: null }
		]
	},
	{
		scale_id: 'yes_partly_no',
		answers: [
			{ answer: 'Y', label: 'Yes', score: 1 },
			{ answer: 'P', label: 'Partly', score: 0.5 },
			{ answer: 'N', label: 'No', score: 0 }
		]
	},
	{
		scale_id: 'cbd_ladder4',
		answers: [
			{ answer: '0', label: 'No', score: 0 },
			{ answer: '1', label: 'Yes, early stages', score: 1 / 3 },
			{ answer: '2', label: 'Yes, advanced stages', score: 2 / 3 },
			{ answer: '3', label: 'Yes, in place', score: 1 }
		]
	},
	{
		scale_id: 'cbd_national_target',
		answers: [
			{ answer: 'a', label: 'No', score: 0 },
			{ answer: 'b', label: 'Yes, the same as the global target', score: 0.5 },
			{ answer: 'c', label: 'Yes, one or more specific national targets have been established', score: 1 }
		]
	},
	{
		scale_id: 'cites_yes_no_info',
		answers: [
			{ answer: 'Yes', label: 'Yes', score: 1 },
			{ answer: 'No', label: 'No', score: 0 },
			{ answer: 'No information', label: 'No information (not scored)', score: null }
		]
	},
	{
		scale_id: 'ramsar_abcd',
		answers: [
			{ answer: 'A', label: 'Yes', score: 1 },
			{ answer: 'B', label: 'No', score: 0 },
			{ answer: 'C', label: 'Partly', score: 0.5 },
			{ answer: 'D', label: 'Planned or in progress', score: 0.25 },
			{ answer: 'X', label: 'Not applicable', score: null }
		]
	},
	{
		scale_id: 'whc_adequacy4',
		answers: [
			{ answer: 'a', label: 'Adequate', score: 1 },
			{ answer: 'b', label: 'Adequate, with some deficiencies', score: 2 / 3 },
			{ answer: 'c', label: 'Inadequate', score: 1 / 3 },
			{ answer: 'd', label: 'Absent', score: 0 },
			{ answer: 'na', label: 'Not applicable (no natural property)', score: null }
		]
	}
] as const satisfies readonly Scale[];

export type ScaleId = (typeof SCALES)[number]['scale_id'];

export const SCALE_BY_ID: ReadonlyMap<string, Scale> = new Map(SCALES.map((scale) => [scale.scale_id, scale]));
