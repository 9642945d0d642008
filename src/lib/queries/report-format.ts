/**
 * The reporting studio's questions about a report format: which conventions and cycles a country can
 * answer, the chosen cycles' questions with their scales and targets, and the party's previous answers.
 * Everything through the Db, so opened data is read the same way as the published tables.
 */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import type { DraftFormat } from '../report/draft';
import type { FormatQuestion, ScaleOption } from '../report/format';
import type { FrameworkNode } from '../report/modules';
import type { PreviousAnswer } from '../report/prefill';
import { rankedCycles } from './lens-shared';

export const REPORT_FORMAT_TABLES = [
	'conventions',
	'countries',
	'parties',
	'cycles',
	'reports',
	'questions',
	'scales',
	'crosswalk',
	'framework',
	'responses'
] as const;

export interface StudioCountry {
	iso3: string;
	name: string;
	region: string | null;
}

/** A cycle a party can answer, with its rank (1 = latest) in its convention. */
export interface StudioCycle {
	convention_id: string;
	cycle_id: string;
	label: string;
	year: number;
	from_latest: number;
}

export const studioCountriesQuery = () => sql`
	SELECT DISTINCT c.iso3, c.name, c.region FROM countries c JOIN parties p USING (iso3) ORDER BY c.name`;

/** The studio's names: conventions' short names, cycles' labels (keyed `convention|cycle`), targets' codes. */
export interface StudioNames {
	conventions: Map<string, string>;
	cycles: Map<string, string>;
	targets: Map<string, string>;
}

/** The countries the studio offers (parties to some convention) and the names it shows. */
export async function loadStudioLists(db: Db): Promise<{ countries: StudioCountry[]; names: StudioNames }> {
	const [countries, conventions, cycles, targets] = await Promise.all([
		db.query<StudioCountry>(studioCountriesQuery()),
		db.query<{ convention_id: string; short_name: string }>(sql`SELECT convention_id, short_name FROM conventions`),
		db.query<{ convention_id: string; cycle_id: string; label: string }>(sql`SELECT convention_id, cycle_id, label FROM cycles`),
		db.query<{ element_id: string; code: string }>(sql`SELECT element_id, code FROM framework WHERE level = 'target'`)
	]);
	return {
		countries,
		names: {
			conventions: new Map(conventions.map((c) => [c.convention_id, c.short_name])),
			cycles: new Map(cycles.map((c) => [`${c.convention_id}|${c.cycle_id}`, c.label])),
			targets: new Map(targets.map((e) => [e.element_id, e.code]))
		}
	};
}

/** Cycles with a format (some question) of the conventions the country is party to, latest first. */
export const partyCyclesQuery = (iso3: string) => sql`
	SELECT r.convention_id, r.cycle_id, r.label, r.year, r.from_latest::INTEGER AS from_latest
	FROM (${rankedCycles}) r
	WHERE r.convention_id IN (SELECT convention_id FROM parties WHERE iso3 = ${iso3})
	  AND EXISTS (SELECT 1 FROM questions q WHERE q.convention_id = r.convention_id AND q.cycle_id = r.cycle_id)
	ORDER BY r.convention_id, r.from_latest`;

/**
 * The formats a URL asks for: `all` = the latest cycle (with a format) of every convention the country is
 * party to; otherwise the named conventions (comma-separated), each in the named cycle if it is one of its
 * cycles, else its latest.
 */
export function chooseFormats(cycles: StudioCycle[], convention: string, cycle: string | null): DraftFormat[] {
	const conventions = [...new Set(cycles.map((c) => c.convention_id))];
	const wanted = convention === 'all' ? conventions : convention.split(',').filter((id) => conventions.includes(id));
	return wanted.map((id) => {
		const own = cycles.filter((c) => c.convention_id === id);
		const picked = own.find((c) => c.cycle_id === cycle) ?? own.reduce((a, b) => (b.from_latest < a.from_latest ? b : a));
		return { convention_id: id, cycle_id: picked.cycle_id };
	});
}

const formatList = (formats: DraftFormat[]) => formats.map((f) => `${f.convention_id}|${f.cycle_id}`).join(',');

/** The formats' questions in format order (the order of questions.csv), each with its targets. */
export const formatQuestionsQuery = (formats: DraftFormat[]) => sql`
	WITH chosen AS (SELECT unnest(string_split(${formatList(formats)}, ',')) AS id),
	q AS (SELECT *, rowid AS line FROM questions WHERE convention_id || '|' || cycle_id IN (SELECT id FROM chosen))
	SELECT q.convention_id, q.cycle_id, q.question_id, q.scale_id, q.text,
		list(f.element_id ORDER BY f.sort) FILTER (WHERE f.element_id IS NOT NULL) AS targets
	FROM q
	LEFT JOIN crosswalk x ON x.convention_id = q.convention_id AND x.question_id = q.question_id
	LEFT JOIN framework f ON f.element_id = x.element_id
	GROUP BY q.convention_id, q.cycle_id, q.question_id, q.scale_id, q.text, q.line
	ORDER BY q.convention_id, q.line`;

/** Every answer code of the scales the formats use, in the scale's order. */
export const formatScalesQuery = (formats: DraftFormat[]) => sql`
	SELECT s.scale_id, s.answer, s.label, s.score FROM scales s
	WHERE s.scale_id IN (
		SELECT scale_id FROM questions WHERE convention_id || '|' || cycle_id IN (SELECT unnest(string_split(${formatList(formats)}, ',')))
	)
	ORDER BY s.scale_id, s.rowid`;

/**
 * The party's previous report of each format's convention: its most recent submitted report in a cycle
 * before the one being answered. (convention_id, cycle_id, label) per convention that has one.
 */
export const previousReportsQuery = (iso3: string, formats: DraftFormat[]) => sql`
	WITH ranked AS (${rankedCycles}),
	answering AS (
		SELECT r.* FROM ranked r WHERE r.convention_id || '|' || r.cycle_id IN (SELECT unnest(string_split(${formatList(formats)}, ',')))
	)
	SELECT convention_id, cycle_id, label FROM (
		SELECT p.convention_id, p.cycle_id, p.label,
			row_number() OVER (PARTITION BY p.convention_id ORDER BY p.position DESC) AS pick
		FROM ranked p JOIN answering a ON a.convention_id = p.convention_id AND p.position < a.position
		JOIN reports rep ON rep.convention_id = p.convention_id AND rep.cycle_id = p.cycle_id AND rep.iso3 = ${iso3}
		WHERE rep.submitted IS NOT NULL
	) WHERE pick = 1 ORDER BY convention_id`;

export interface PreviousReport {
	convention_id: string;
	cycle_id: string;
	label: string;
}

/** The party's answers in those reports (one per question, whatever targets it maps to). */
export const previousAnswersQuery = (iso3: string, previous: PreviousReport[]) => sql`
	SELECT DISTINCT convention_id, question_id, answer FROM responses
	WHERE iso3 = ${iso3} AND convention_id || '|' || cycle_id IN (SELECT unnest(string_split(${formatList(previous)}, ',')))
	ORDER BY convention_id, question_id`;

export interface ReportFormat {
	questions: FormatQuestion[];
	scales: ScaleOption[];
	framework: FrameworkNode[];
	previous: PreviousReport[];
	previousAnswers: PreviousAnswer[];
}

export async function loadReportFormat(db: Db, iso3: string, formats: DraftFormat[]): Promise<ReportFormat> {
	await db.ensure(REPORT_FORMAT_TABLES);
	const [questions, scales, framework, previous] = await Promise.all([
		db.query<FormatQuestion>(formatQuestionsQuery(formats)),
		db.query<ScaleOption>(formatScalesQuery(formats)),
		db.query<FrameworkNode>(sql`SELECT element_id, level, parent_id, code, title, sort FROM framework ORDER BY sort`),
		db.query<PreviousReport>(previousReportsQuery(iso3, formats))
	]);
	const previousAnswers = previous.length ? await db.query<PreviousAnswer>(previousAnswersQuery(iso3, previous)) : [];
	return { questions: questions.map((q) => ({ ...q, targets: [...(q.targets ?? [])] })), scales, framework, previous, previousAnswers };
}
