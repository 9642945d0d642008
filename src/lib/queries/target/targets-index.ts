/** The targets index: every element × convention in the convention's latest cycle. */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';
import type { StatusClass } from '../../scoring';
import { latestCycles } from '../lens-shared';
import { conventionsQuery, frameworkQuery } from '../overview';
import type { Convention, FrameworkElement } from '../types';

/** One element's status under one convention in its latest cycle, from the pipeline's roll-ups. */
export interface ElementLatestStatus {
	convention_id: string;
	cycle_id: string;
	label: string;
	element_id: string;
	score: number | null;
	n_countries: number;
	status: StatusClass;
}

export interface TargetsIndexData {
	framework: FrameworkElement[];
	conventions: Convention[];
	latest: ElementLatestStatus[];
}

export const TARGETS_INDEX_TABLES = ['conventions', 'framework', 'cycles', 'element_status'] as const;

/** Every element × convention in the convention's latest cycle (all regions: element_status as built). */
export const latestElementStatusQuery = () => sql`
	WITH latest AS (${latestCycles})
	SELECT e.convention_id, e.cycle_id, l.label, e.element_id, e.score, e.n_countries, e.status
	FROM element_status e JOIN latest l ON l.convention_id = e.convention_id AND l.cycle_id = e.cycle_id
	ORDER BY e.convention_id, e.element_id`;

export async function loadTargetsIndex(db: Db): Promise<TargetsIndexData> {
	await db.ensure(TARGETS_INDEX_TABLES);
	const [framework, conventions, latest] = await Promise.all([
		db.query<FrameworkElement>(frameworkQuery()),
		db.query<Convention>(conventionsQuery()),
		db.query<ElementLatestStatus>(latestElementStatusQuery())
	]);
	return { framework, conventions, latest };
}
