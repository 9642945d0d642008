/** SQL pieces and helpers the convention, country and compare lenses share. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';

/** Countries of the region, or every country: spliced where a query filters on iso3. */
export const inRegion = (region: string | null) =>
	fragment(sql`(SELECT iso3 FROM countries WHERE ${region}::VARCHAR IS NULL OR region = ${region})`);

/** Cycles in reporting order, with their rank within the convention (1 = first) and from the end (1 = latest). */
export const rankedCycles = fragment(sql`
	SELECT *,
		row_number() OVER (PARTITION BY convention_id ORDER BY year, due, cycle_id) AS position,
		row_number() OVER (PARTITION BY convention_id ORDER BY year DESC, due DESC, cycle_id DESC) AS from_latest
	FROM cycles`);

/**
 * Rule 3: a country's overall status under a convention in a cycle = mean of its target statuses;
 * countries whose report scored no target have none. Narrowed to one convention and cycle when given.
 */
export const overallStatuses = (convention: string | null = null, cycle: string | null = null) =>
	fragment(sql`
	SELECT convention_id, cycle_id, iso3, avg(score) AS score, count(score)::INTEGER AS n_targets
	FROM status
	WHERE (${convention}::VARCHAR IS NULL OR convention_id = ${convention}) AND (${cycle}::VARCHAR IS NULL OR cycle_id = ${cycle})
	GROUP BY convention_id, cycle_id, iso3`);

/**
 * What became of a report, from a `reports` row `r` (may be missing), a `parties` row `p` (may be missing)
 * and the cycle `c`: see ReportState. Dates are ISO strings, so they compare as text.
 */
export const reportStateSql = (asOf: string) =>
	fragment(sql`CASE
		WHEN p.iso3 IS NULL THEN 'not_party'
		WHEN r.iso3 IS NULL THEN 'not_expected'
		WHEN r.submitted IS NULL AND c.due < ${asOf} THEN 'overdue'
		WHEN r.submitted IS NULL THEN 'pending'
		WHEN r.submitted > c.due THEN 'late'
		ELSE 'on_time' END`);

/** The date "overdue" is judged on: the day the data was built, so the page reads the same on every visit. */
export function asOfDate(db: Db): string {
	return db.manifest.built_at.slice(0, 10);
}

/** Regions that have at least one party (of the convention, when given), for region filters. */
export const regionsQuery = (convention: string | null = null) => sql`
	SELECT DISTINCT c.region FROM countries c JOIN parties p USING (iso3)
	WHERE c.region IS NOT NULL AND (${convention}::VARCHAR IS NULL OR p.convention_id = ${convention})
	ORDER BY c.region`;

const remembered = new WeakMap<Db, Map<string, Promise<unknown>>>();

/**
 * Reference rows (framework, cycles, regions) do not change with the filters: ask once per database,
 * so a filter change only runs the queries that depend on it.
 */
export function once<T>(db: Db, key: string, ask: () => Promise<T>): Promise<T> {
	let answers = remembered.get(db);
	if (!answers) remembered.set(db, (answers = new Map()));
	if (!answers.has(key)) {
		const answer = ask();
		answer.catch(() => answers.delete(key));
		answers.set(key, answer);
	}
	return answers.get(key) as Promise<T>;
}

export const conventionsQuery = () => sql`SELECT convention_id, name, short_name FROM conventions ORDER BY convention_id`;

export const frameworkQuery = () =>
	sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`;
