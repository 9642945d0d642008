/** SQL pieces and helpers the convention, country and compare lenses share. */
import type { Db } from '../db/connection';
import { sql, SqlFragment } from '../db/sql';
import * as scoring from '../scoring';

/**
 * A piece of the scoring rule's SQL text (src/lib/scoring) with its `?` parameters, spliced into a query.
 * The rule's text is host-agnostic; binding the values is this layer's job.
 */
export function rule(text: string, ...params: unknown[]): SqlFragment {
	const slots = text.split('?').length - 1;
	if (slots !== params.length) throw new Error(`Scoring SQL has ${slots} parameters, ${params.length} given`);
	return new SqlFragment(text.replace(/\s+/g, ' ').trim(), params);
}

/** Countries of the region, or every country: spliced where a query filters on iso3. */
export const inRegion = (region: string | null) => rule(scoring.inRegionSql('?'), region);

/** Cycles in reporting order, with their rank within the convention (1 = first) and from the end (1 = latest). */
export const rankedCycles = rule(scoring.rankedCyclesSql());

/** Each convention's latest cycle (ranked cycle rows). */
export const latestCycles = rule(scoring.latestCyclesSql());

/** Each convention's chosen cycle (any of `cycles`), else its latest (ranked cycle rows). */
export const shownCycles = (cycles: string[]) => rule(scoring.shownCyclesSql("(SELECT unnest(string_split(?, ',')) AS cycle_id)"), cycles.join(','));

/**
 * A country's overall status under a convention in a cycle = mean of its target statuses; countries
 * whose report scored no target have none. Narrowed to one convention and cycle when given.
 */
export const overallStatuses = (convention: string | null = null, cycle: string | null = null) =>
	rule(
		scoring.overallStatusSql(
			'(SELECT * FROM status, (SELECT ?::VARCHAR AS c1, ?::VARCHAR AS c2) WHERE (c1 IS NULL OR convention_id = c1) AND (c2 IS NULL OR cycle_id = c2))'
		),
		convention,
		cycle
	);

/**
 * What became of a report, from a `reports` row `r` (may be missing), a `parties` row `p` (may be missing)
 * and the cycle `c`: see ReportState. Judged as of the data's date.
 */
export const reportStateSql = (asOf: string | null) => rule(scoring.reportStateSql('?::VARCHAR'), asOf);

/** The data's date (rule 7): what overdue, reports due and summaries are judged on. */
export function asOfDate(db: Db): string | null {
	return scoring.asOfDate(db.manifest);
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

export const frameworkQuery = () => sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`;
