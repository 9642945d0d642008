import { describe, expect, it } from 'vitest';
import type { ElementCycleStatus, ShownSummary } from '$lib/queries/target/element-by-cycle';
import type { FrameworkElement } from '$lib/queries/types';
import { targetSummary } from './target-summary';

const element: FrameworkElement = { element_id: 't6.1', level: 'target', parent_id: 'g6', code: '6.1', title: 'Pathways…', sort: 1 };
const cycle = (convention_id: string, short_name: string, label: string): ElementCycleStatus => ({
	convention_id,
	short_name,
	cycle_id: `${convention_id}-x`,
	label,
	year: 2008,
	score: null,
	n_countries: 0,
	n_reports: 0,
	n_questions: 1,
	status: 'no_data'
});
const counts = (convention_id: string, reporting: number, with_data: number, progressing: number): ShownSummary => ({
	convention_id,
	cycle_id: `${convention_id}-x`,
	reporting,
	with_data,
	progressing
});

describe('targetSummary', () => {
	const shown = [cycle('cms', 'CMS', 'Report to COP9'), cycle('cites', 'CITES', 'Biennial report'), cycle('whc', 'WHC', 'Cycle 2')];
	const summary = [counts('cms', 98, 90, 40), counts('cites', 105, 0, 0)];

	it('says how many reporting parties are in progress or advanced, and how many have no data', () => {
		expect(targetSummary({ element, shown, summary }, null)).toEqual([
			'Under CMS (Report to COP9), 40 of 98 reporting parties are in progress or advanced on target 6.1. 8 of them have no data for it.',
			'Under CITES (Biennial report), none of the 105 reporting parties has a scored answer for target 6.1.',
			'Under WHC (Cycle 2), no party submitted a report.'
		]);
	});

	it('names the region and the element level', () => {
		const goal = { ...element, element_id: 'g6', level: 'goal' as const, code: '6' };
		expect(targetSummary({ element: goal, shown: shown.slice(0, 1), summary: [counts('cms', 12, 12, 5)] }, 'Africa')).toEqual([
			'Under CMS (Report to COP9), 5 of 12 reporting parties in Africa are in progress or advanced on goal 6.'
		]);
	});
});
