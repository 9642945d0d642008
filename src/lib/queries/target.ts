/**
 * The target-element page's questions: status of one framework element (target, goal or focal area) by
 * convention and cycle, each country's status on it, and the crosswalk questions with their answers.
 * All from country-level tables, so the region filter applies to every number.
 */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify, PROGRESSING_FROM, rollUpSql, type StatusClass } from '../scoring';
import { inRegion, latestCycles, rule, shownCycles as shownCyclesOf } from './lens-shared';
import { conventionsQuery, frameworkQuery } from './overview';
import type { Convention, FrameworkElement } from './types';

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
	'responses'
] as const;

/** The element the page is about and what the view is narrowed to; `null` = everything / latest cycle. */
export interface TargetFilters {
	element: string;
	convention: string | null;
	/** Only meaningful with a convention; otherwise each convention's latest cycle is shown. */
	cycle: string | null;
	region: string | null;
}

export interface CycleOption {
	convention_id: string;
	cycle_id: string;
	label: string;
	year: number;
}

/** The element's status under one convention in one cycle (rule 3, over the selected countries). */
export interface ElementCycleStatus extends CycleOption {
	short_name: string;
	score: number | null;
	/** Countries with a score on the element (or a target under it). */
	n_countries: number;
	/** Submitted reports of the cycle from the selected countries. */
	n_reports: number;
	/** Questions of the cycle's format on the element (or a target under it); 0 = not covered. */
	n_questions: number;
	status: StatusClass;
}

/** How the reporting parties of one shown cycle stand on the element (for the plain-language summary). */
export interface ShownSummary {
	convention_id: string;
	cycle_id: string;
	/** Submitted reports of the selected countries. */
	reporting: number;
	/** Of those, countries with a status on the element. */
	with_data: number;
	/** Of those, countries in progress or advanced. */
	progressing: number;
}

/**
 * A country's status on the element in the map's cycle (a goal or focal area rolled up per country by
 * rule 3): every country of the region, with whether a report was expected from it and submitted.
 */
export interface CountryElementStatus {
	iso3: string;
	name: string;
	score: number | null;
	status: StatusClass;
	expected: boolean;
	reported: boolean;
	/** Party to at least one convention: the country has a page. */
	has_page: boolean;
}

export interface ElementMap {
	convention_id: string;
	cycle_id: string;
	countries: CountryElementStatus[];
}

export interface AnswerCount {
	answer: string;
	label: string;
	/** null = not applicable. */
	score: number | null;
	/** Submitted reports (of the selected countries) that gave this answer. */
	count: number;
}

/** A question of a cycle's report format that the crosswalk maps to the element, with its answers. */
export interface CrosswalkQuestion {
	convention_id: string;
	cycle_id: string;
	question_id: string;
	text: string;
	scale_id: string;
	/** Codes of every target the question is mapped to, in framework order. */
	targets: string;
	n_reports: number;
	/** Scored answers of the scale, lowest score first (zeros included). */
	answers: AnswerCount[];
	/** Not-applicable answers of the scale (empty score), shown apart from the scored ones. */
	not_applicable: AnswerCount[];
	/** Submitted reports that left the question unanswered. */
	no_answer: number;
}

export interface TargetData {
	element: FrameworkElement;
	framework: FrameworkElement[];
	conventions: Convention[];
	cycles: CycleOption[];
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

/** Targets at or below the element, with their goal: one row for a target, all of a goal's or focal area's. */
const targetsUnder = (element: string) =>
	fragment(sql`
		SELECT t.element_id AS target_id, t.parent_id AS goal_id FROM framework t
		WHERE t.level = 'target' AND (t.element_id = ${element} OR t.parent_id = ${element}
			OR t.parent_id IN (SELECT element_id FROM framework WHERE parent_id = ${element}))`);

/** The cycle shown per selected convention (rule 6): the requested one when it belongs to it, else the latest. */
const shownCycles = ({ convention, cycle }: TargetFilters) =>
	fragment(sql`
		SELECT convention_id, cycle_id FROM (${shownCyclesOf(convention !== null && cycle !== null ? [cycle] : [])})
		WHERE ${convention}::VARCHAR IS NULL OR convention_id = ${convention}`);

/** Regions that have at least one party, for the region filter. */
export const partyRegionsQuery = () => sql`
	SELECT DISTINCT c.region FROM countries c JOIN parties p ON p.iso3 = c.iso3
	WHERE c.region IS NOT NULL AND c.region <> '' ORDER BY c.region`;

export const cyclesQuery = () =>
	sql`SELECT convention_id, cycle_id, label, year FROM cycles ORDER BY convention_id, year, due, cycle_id`;

/** Per (keys…) the element's score from the target scores in `scores` (src/lib/scoring roll-ups). */
const rolledUp = (keys: string[], element: string) =>
	fragment(sql`SELECT * FROM (${rule(rollUpSql('scores', keys))}) WHERE element_id = ${element}`);

/**
 * Per convention × cycle, over the selected countries: target = mean over countries with a score; goal =
 * mean of its targets with one; focal area = mean of its goals. n_questions (0 = not covered) from the format.
 */
export const elementByCycleQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), under AS (${targetsUnder(filters.element)}),
	scored AS (
		SELECT s.convention_id, s.cycle_id, s.iso3, s.score, u.target_id
		FROM status s JOIN under u ON u.target_id = s.element_id
		WHERE s.score IS NOT NULL AND s.iso3 IN (SELECT iso3 FROM selected)),
	scores AS (SELECT convention_id, cycle_id, target_id, avg(score) AS score FROM scored GROUP BY ALL),
	rolled AS (${rolledUp(['convention_id', 'cycle_id'], filters.element)}),
	with_data AS (SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM scored GROUP BY ALL),
	submitted AS (
		SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM status
		WHERE iso3 IN (SELECT iso3 FROM selected) GROUP BY ALL),
	shown AS (${shownCycles(filters)})
	SELECT c.convention_id, v.short_name, c.cycle_id, c.label, c.year, r.score,
		coalesce(d.n, 0)::INTEGER AS n_countries, coalesce(s.n, 0)::INTEGER AS n_reports, e.n_questions,
		(sh.cycle_id IS NOT NULL) AS shown
	FROM cycles c
	JOIN conventions v ON v.convention_id = c.convention_id
	LEFT JOIN rolled r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	LEFT JOIN with_data d ON d.convention_id = c.convention_id AND d.cycle_id = c.cycle_id
	LEFT JOIN submitted s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
	LEFT JOIN shown sh ON sh.convention_id = c.convention_id AND sh.cycle_id = c.cycle_id
	LEFT JOIN element_status e ON e.convention_id = c.convention_id AND e.cycle_id = c.cycle_id AND e.element_id = ${filters.element}
	WHERE ${filters.convention}::VARCHAR IS NULL OR c.convention_id = ${filters.convention}
	ORDER BY c.convention_id, c.year, c.due, c.cycle_id`;

/** Each country's own roll-up on the element in the shown cycles: mean of its targets per goal, then of its goals. */
const perCountry = (filters: TargetFilters) =>
	fragment(sql`
		WITH under AS (${targetsUnder(filters.element)}), shown AS (${shownCycles(filters)}),
		scores AS (
			SELECT s.convention_id, s.cycle_id, s.iso3, s.element_id AS target_id, s.score
			FROM status s JOIN shown USING (convention_id, cycle_id) JOIN under u ON u.target_id = s.element_id
			WHERE s.score IS NOT NULL),
		rolled AS (${rolledUp(['convention_id', 'cycle_id', 'iso3'], filters.element)})
		SELECT convention_id, cycle_id, iso3, score FROM rolled`);

/** Per shown cycle: reporting parties of the region, those with a status, those in progress or advanced. */
export const summaryQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), shown AS (${shownCycles(filters)}),
	reports AS (
		SELECT DISTINCT s.convention_id, s.cycle_id, s.iso3 FROM status s
		JOIN shown USING (convention_id, cycle_id) WHERE s.iso3 IN (SELECT iso3 FROM selected)),
	per_country AS (${perCountry(filters)})
	SELECT r.convention_id, r.cycle_id, count(*)::INTEGER AS reporting, count(p.score)::INTEGER AS with_data,
		count(*) FILTER (WHERE p.score >= ${PROGRESSING_FROM})::INTEGER AS progressing
	FROM reports r
	LEFT JOIN per_country p ON p.convention_id = r.convention_id AND p.cycle_id = r.cycle_id AND p.iso3 = r.iso3
	GROUP BY ALL ORDER BY r.convention_id`;

/** The convention the map shows: the selected one, or the first. */
const mapConvention = (convention: string | null) =>
	fragment(sql`coalesce(${convention}::VARCHAR, (SELECT min(convention_id) FROM conventions))`);

/** Every country of the region in the map convention's shown cycle: its status, and whether it reported. */
export const mapQuery = (filters: TargetFilters) => sql`
	WITH shown AS (
		SELECT * FROM (${shownCycles(filters)}) WHERE convention_id = ${mapConvention(filters.convention)}),
	per_country AS (${perCountry(filters)})
	SELECT c.iso3, c.name, p.score,
		(r.iso3 IS NOT NULL) AS expected, (r.submitted IS NOT NULL) AS reported,
		c.iso3 IN (SELECT iso3 FROM parties) AS has_page,
		sh.convention_id, sh.cycle_id, e.n_questions
	FROM countries c
	CROSS JOIN shown sh
	LEFT JOIN element_status e ON e.convention_id = sh.convention_id AND e.cycle_id = sh.cycle_id AND e.element_id = ${filters.element}
	LEFT JOIN reports r ON r.convention_id = sh.convention_id AND r.cycle_id = sh.cycle_id AND r.iso3 = c.iso3
	LEFT JOIN per_country p ON p.convention_id = sh.convention_id AND p.cycle_id = sh.cycle_id AND p.iso3 = c.iso3
	WHERE ${filters.region}::VARCHAR IS NULL OR c.region = ${filters.region}
	ORDER BY c.name COLLATE NOACCENT.NOCASE`;

/**
 * The crosswalk in the shown cycles: every question mapped to a target at or below the element, with
 * each answer of its scale and how many submitted reports gave it (counted once per report, even when
 * the question maps to two targets).
 */
export const crosswalkQuery = (filters: TargetFilters) => sql`
	WITH selected AS (${inRegion(filters.region)}), under AS (${targetsUnder(filters.element)}),
	shown AS (${shownCycles(filters)}),
	mapped AS (
		SELECT DISTINCT q.convention_id, q.cycle_id, q.question_id, q.scale_id, q.text
		FROM questions q JOIN shown USING (convention_id, cycle_id)
		JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id
		WHERE x.element_id IN (SELECT target_id FROM under)),
	mapped_targets AS (
		SELECT x.convention_id, x.question_id, string_agg(f.code, ', ' ORDER BY f.sort) AS targets
		FROM crosswalk x JOIN framework f ON f.element_id = x.element_id GROUP BY ALL),
	answered AS (
		SELECT r.convention_id, r.cycle_id, r.question_id, r.answer, count(DISTINCT r.iso3) AS n
		FROM responses r JOIN mapped m USING (convention_id, cycle_id, question_id)
		WHERE r.iso3 IN (SELECT iso3 FROM selected) GROUP BY ALL),
	submitted AS (
		SELECT convention_id, cycle_id, count(DISTINCT iso3) AS n FROM status JOIN shown USING (convention_id, cycle_id)
		WHERE iso3 IN (SELECT iso3 FROM selected) GROUP BY ALL)
	SELECT m.convention_id, m.cycle_id, m.question_id, m.text, m.scale_id, t.targets,
		sc.answer, sc.label, sc.score, coalesce(a.n, 0)::INTEGER AS count, coalesce(s.n, 0)::INTEGER AS n_reports
	FROM mapped m
	JOIN scales sc ON sc.scale_id = m.scale_id
	LEFT JOIN mapped_targets t ON t.convention_id = m.convention_id AND t.question_id = m.question_id
	LEFT JOIN answered a ON a.convention_id = m.convention_id AND a.cycle_id = m.cycle_id
		AND a.question_id = m.question_id AND a.answer = sc.answer
	LEFT JOIN submitted s ON s.convention_id = m.convention_id AND s.cycle_id = m.cycle_id
	ORDER BY m.convention_id, m.cycle_id, length(m.question_id), m.question_id, sc.score NULLS LAST, sc.answer`;

type CrosswalkRow = Omit<CrosswalkQuestion, 'answers' | 'not_applicable' | 'no_answer'> & AnswerCount;

/** Answer rows (one per question × scale answer) grouped into questions, in query order. */
export function groupCrosswalk(rows: CrosswalkRow[]): CrosswalkQuestion[] {
	const questions = new Map<string, CrosswalkQuestion>();
	for (const { answer, label, score, count, ...question } of rows) {
		const key = `${question.convention_id}/${question.cycle_id}/${question.question_id}`;
		const entry = questions.get(key) ?? { ...question, answers: [], not_applicable: [], no_answer: question.n_reports };
		(score === null ? entry.not_applicable : entry.answers).push({ answer, label, score, count });
		entry.no_answer -= count;
		questions.set(key, entry);
	}
	return [...questions.values()];
}

type CycleRow = Omit<ElementCycleStatus, 'status'> & { shown: boolean; n_questions: number | null };
type MapRowQuery = Omit<CountryElementStatus, 'status'> & { convention_id: string; cycle_id: string; n_questions: number | null };

export async function loadTarget(db: Db, filters: TargetFilters): Promise<TargetData> {
	await db.ensure(TARGET_TABLES);
	const [conventions, framework, cycles, regions, byCycle, summary, mapRows, crosswalk] = await Promise.all([
		db.query<Convention>(conventionsQuery()),
		db.query<FrameworkElement>(frameworkQuery()),
		db.query<CycleOption>(cyclesQuery()),
		db.query<{ region: string }>(partyRegionsQuery()),
		db.query<CycleRow>(elementByCycleQuery(filters)),
		db.query<ShownSummary>(summaryQuery(filters)),
		db.query<MapRowQuery>(mapQuery(filters)),
		db.query<CrosswalkRow>(crosswalkQuery(filters))
	]);
	const element = framework.find((row) => row.element_id === filters.element);
	if (!element) throw new Error(`No framework element "${filters.element}"`);
	const statuses = byCycle.map(({ shown, n_questions, ...row }) => ({
		row: { ...row, n_questions: n_questions ?? 0, status: classify(row.score, n_questions) },
		shown
	}));
	return {
		element,
		framework,
		conventions,
		cycles,
		regions: regions.map((row) => row.region),
		byCycle: statuses.map(({ row }) => row),
		shown: statuses.filter(({ shown }) => shown).map(({ row }) => row),
		summary,
		map: {
			convention_id: mapRows[0]?.convention_id ?? filters.convention ?? '',
			cycle_id: mapRows[0]?.cycle_id ?? '',
			countries: mapRows.map(({ iso3, name, score, expected, reported, has_page, n_questions }) => ({
				iso3,
				name,
				score,
				status: classify(score, n_questions),
				expected,
				reported,
				has_page
			}))
		},
		crosswalk: groupCrosswalk(crosswalk)
	};
}

export const elementIdsQuery = () => sql`SELECT element_id FROM framework ORDER BY sort`;

/** Every framework element's id: the target pages to prerender. */
export async function loadElementIds(db: Db): Promise<string[]> {
	await db.ensure(['framework']);
	return (await db.query<{ element_id: string }>(elementIdsQuery())).map((row) => row.element_id);
}

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
