import { describe, expect, it } from 'vitest';
import type { CompareEntry, CompareOverall } from '$lib/queries/compare';
import { classify } from '$lib/schema';
import { compareSummary } from './compare-summary';

const conventions = [
	{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
	{ convention_id: 'cms', name: 'Convention on Migratory Species', short_name: 'CMS' },
	{ convention_id: 'whc', name: 'World Heritage Convention', short_name: 'WHC' }
];
const entries: CompareEntry[] = [
	{ kind: 'country', code: 'BRA', key: 'BRA', label: 'Brazil' },
	{ kind: 'country', code: 'IND', key: 'IND', label: 'India' },
	{ kind: 'region', code: 'Africa', key: 'region:Africa', label: 'Africa' }
];
const overall = (entry: string, convention_id: string, score: number | null): CompareOverall => ({
	entry,
	convention_id,
	cycle_id: `${convention_id}-x`,
	cycle_label: `${convention_id.toUpperCase()} cycle`,
	shown_cycle_id: `${convention_id}-x`,
	shown_label: `${convention_id.toUpperCase()} cycle`,
	score,
	status: classify(score),
	n_countries: 1,
	n_targets: 21,
	report_state: null
});

describe('compareSummary', () => {
	const rows = [
		overall('BRA', 'cbd', 0.62),
		overall('IND', 'cbd', 0.31),
		overall('region:Africa', 'cbd', 0.48),
		overall('BRA', 'cms', 0.4),
		overall('IND', 'cms', 0.8),
		overall('region:Africa', 'cms', null),
		overall('BRA', 'whc', 0.7),
		overall('IND', 'whc', null),
		overall('region:Africa', 'whc', 0.5)
	];

	it('names the highest and lowest under the chosen convention, and who leads most often', () => {
		// Leads: CBD Brazil, CMS India, WHC Brazil → Brazil 2 of 3.
		expect(compareSummary({ conventions, entries, overall: rows }, 'cbd')).toEqual([
			'Under CBD (CBD cycle), Brazil has the highest overall status (0.62, in progress) and India the lowest (0.31, early stages).',
			'Brazil has the highest overall status under 2 of the 3 conventions where at least two of those compared have one.'
		]);
	});

	it('shows a region by its name, and says when only one or none has a status', () => {
		const twoScored = rows.filter((row) => !(row.convention_id === 'whc' && row.entry === 'BRA'));
		expect(compareSummary({ conventions, entries, overall: twoScored }, 'whc')[0]).toBe(
			'Under WHC (WHC cycle), only Africa (region) has an overall status (0.50, in progress).'
		);
		const empty = rows.map((row) => (row.convention_id === 'cms' ? { ...row, score: null, status: classify(null) } : row));
		expect(compareSummary({ conventions, entries, overall: empty }, 'cms')[0]).toBe('Under CMS (CMS cycle), none of those compared has an overall status.');
	});
});
