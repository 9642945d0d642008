/** A small hand-made overview: three conventions, a few cycles, four targets each. */
import type { Convention, MatrixCell, ReportingRow } from '../../../src/lib/queries/types';
import { classify } from '../../../src/lib/schema';

export const conventions: Convention[] = [
	{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
	{ convention_id: 'cms', name: 'Convention on Migratory Species', short_name: 'CMS' },
	{ convention_id: 'ramsar', name: 'Ramsar Convention on Wetlands', short_name: 'Ramsar' }
];

const report = (convention_id: string, cycle_id: string, label: string, year: number, expected: number, submitted: number): ReportingRow => ({
	convention_id,
	cycle_id,
	label,
	year,
	expected,
	submitted,
	rate: expected ? submitted / expected : null
});

export const reporting: ReportingRow[] = [
	report('cbd', 'nr4', '4th national report', 2009, 120, 90), // 75%
	report('cbd', 'nr3', '3rd national report', 2005, 100, 61), // 61%, listed out of order on purpose
	report('cms', 'cop9', 'Report to COP9', 2008, 50, 45), // 90%: label inside the bar
	report('ramsar', 'cop10', 'Report to COP10', 2008, 0, 0) // nothing expected
];

const cell = (convention_id: string, cycle_label: string, element_id: string, score: number | null, n_countries: number): MatrixCell => ({
	convention_id,
	cycle_id: cycle_label.toLowerCase().replace(/\W+/g, '-'),
	cycle_label,
	element_id,
	score,
	n_countries,
	status: classify(score)
});

export const matrix: MatrixCell[] = [
	// CBD: 3 of 4 advanced (75%), 1 early
	cell('cbd', '4th national report', 't1.1', 0.81, 54),
	cell('cbd', '4th national report', 't1.2', 0.75, 50),
	cell('cbd', '4th national report', 't2.1', 0.9, 48),
	cell('cbd', '4th national report', 't2.2', 0.3, 12),
	// CMS: one of each scored class
	cell('cms', 'Report to COP9', 't1.1', 0.1, 20),
	cell('cms', 'Report to COP9', 't1.2', 0.49, 21),
	cell('cms', 'Report to COP9', 't2.1', 0.5, 22),
	cell('cms', 'Report to COP9', 't2.2', null, 0),
	// Ramsar: all without data
	cell('ramsar', 'Report to COP10', 't1.1', null, 0),
	cell('ramsar', 'Report to COP10', 't1.2', null, 0),
	cell('ramsar', 'Report to COP10', 't2.1', null, 0),
	cell('ramsar', 'Report to COP10', 't2.2', null, 0)
];
