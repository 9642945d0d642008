/**
 * The target-element page: status of one framework element (target, goal or focal area) by convention and
 * cycle, each country's status on it, and the crosswalk questions with their answers. All from country-level
 * tables, so the region filter applies to every number.
 */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import { classify } from '../../scoring';
import { once } from '../lens-shared';
import type { Cycle } from '../lens-types';
import { conventionsQuery, frameworkQuery } from '../overview';
import type { Convention, FrameworkElement } from '../types';
import { crosswalkCountsQuery, crosswalkQuestionsQuery, groupCrosswalk, type CrosswalkCount, type CrosswalkQuestion, type CrosswalkRow } from './crosswalk';
import { ensureElementAggregates } from './element-aggregates';
import { elementByCycleQuery, shownSummary, type ElementCycleRow, type ElementCycleStatus, type ShownSummary } from './element-by-cycle';
import { mapQuery, toElementMap, type ElementMap, type ElementMapRow } from './element-map';
import type { TargetFilters } from './scope';

export const TARGET_TABLES = [
	'conventions',
	'framework',
	'cycles',
	'countries',
	'parties',
	'reports',
	'status',
	'element_status',
	'questions',
	'crosswalk',
	'scales',
	'answer_counts'
] as const;

export interface TargetData {
	element: FrameworkElement;
	framework: FrameworkElement[];
	conventions: Convention[];
	cycles: Cycle[];
	regions: string[];
	/** Every cycle of the selected convention(s). */
	byCycle: ElementCycleStatus[];
	/** The cycle shown for each selected convention: the chosen one, or the latest. */
	shown: ElementCycleStatus[];
	summary: ShownSummary[];
	/** The selected convention, or the first one when all are shown. */
	map: ElementMap;
	crosswalk: CrosswalkQuestion[];
}

/** Regions that have at least one party, for the region filter. */
export const partyRegionsQuery = () => sql`
	SELECT DISTINCT c.region FROM countries c JOIN parties p ON p.iso3 = c.iso3
	WHERE c.region IS NOT NULL AND c.region <> '' ORDER BY c.region`;

export const cyclesQuery = () => sql`SELECT convention_id, cycle_id, label, year, due FROM cycles ORDER BY convention_id, year, due, cycle_id`;

/**
 * The view for these filters. A region change runs three queries over the per-region aggregates (made once per
 * database); the crosswalk's questions, which do not depend on the region, are asked once per element and cycles.
 */
export async function loadTarget(db: Db, filters: TargetFilters): Promise<TargetData> {
	await Promise.all([db.ensure(TARGET_TABLES), ensureElementAggregates(db)]);
	const { element: elementId, convention, cycle } = filters;
	const [conventions, framework, cycles, regions, byCycle, mapRows, questions, counts] = await Promise.all([
		once(db, 'conventions', () => db.query<Convention>(conventionsQuery())),
		once(db, 'framework', () => db.query<FrameworkElement>(frameworkQuery())),
		once(db, 'all cycles', () => db.query<Cycle>(cyclesQuery())),
		once(db, 'party regions', () => db.query<{ region: string }>(partyRegionsQuery())),
		db.query<ElementCycleRow>(elementByCycleQuery(filters)),
		db.query<ElementMapRow>(mapQuery(filters)),
		once(db, `crosswalk ${elementId} ${convention} ${cycle}`, () => db.query<CrosswalkRow>(crosswalkQuestionsQuery(filters))),
		db.query<CrosswalkCount>(crosswalkCountsQuery(filters))
	]);
	const element = framework.find((row) => row.element_id === elementId);
	if (!element) throw new Error(`No framework element "${elementId}"`);
	const statuses = byCycle.map(({ shown, n_questions, n_progressing: _, ...row }) => ({
		row: { ...row, n_questions: n_questions ?? 0, status: classify(row.score, n_questions) },
		shown
	}));
	const reports = new Map(byCycle.map((row) => [`${row.convention_id}/${row.cycle_id}`, row.n_reports]));
	return {
		element,
		framework,
		conventions,
		cycles,
		regions: regions.map((row) => row.region),
		byCycle: statuses.map(({ row }) => row),
		shown: statuses.filter(({ shown }) => shown).map(({ row }) => row),
		summary: shownSummary(byCycle),
		map: toElementMap(mapRows, filters.convention),
		crosswalk: groupCrosswalk(questions, counts, reports)
	};
}
