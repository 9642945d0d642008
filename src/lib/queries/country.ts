/** The country page's questions: memberships, reports, its matrix, change since the previous cycle, benchmarks. */
import type { Db } from '../db/connection';
import { fragment, sql } from '../db/sql';
import { classify } from '../scoring';
import { countedReportsSql } from '../scoring/cycles';
import type { Convention, FrameworkElement } from './types';
import type { Benchmark, ChangeCell, Country, CountryCell, Cycle, Membership, ReportState, StatusChange } from './lens-types';
import { asOfDate, conventionsQuery, frameworkQuery, overallStatuses, rankedCycles, reportStateSql, rule, shownCycles } from './lens-shared';

export const COUNTRY_TABLES = ['conventions', 'framework', 'cycles', 'status', 'reports', 'parties', 'countries'] as const;

/** Two scores closer than this show as "same" (they print alike with two decimals). */
const SAME = 0.005;

export interface CountryReport extends Cycle {
	submitted: string | null;
	/** The report document, when the data links it. */
	url?: string | null;
	state: ReportState;
}

/** What the country page shows: each convention as of its chosen cycle (default: its latest). */
export interface CountryFilters {
	/** Chosen cycle ids, at most one per convention; others show as of their latest cycle. */
	cycles: string[];
}

export const NO_COUNTRY_FILTERS: CountryFilters = { cycles: [] };

/** Per convention: the cycle the page is "as of", and the report that counts (rule 6). */
export interface CountedReport {
	convention_id: string;
	/** The as-of cycle: chosen, else the latest. */
	shown_cycle_id: string;
	shown_label: string;
	/** The most recent submitted report up to it; null when none. */
	cycle_id: string | null;
	label: string | null;
}

export interface CountryData {
	country: Country;
	/** Per convention: the as-of cycle and the report that counts. */
	counted: CountedReport[];
	/** Every cycle, for the as-of selector. */
	cycles: Cycle[];
	conventions: Convention[];
	framework: FrameworkElement[];
	memberships: Membership[];
	reports: CountryReport[];
	/** Per convention, the report that counts (else the as-of cycle) × every target. */
	cells: CountryCell[];
	changes: ChangeCell[];
	benchmarks: Benchmark[];
}

export const countryQuery = (iso3: string) => sql`SELECT iso3, name, region, subregion FROM countries WHERE iso3 = ${iso3}`;

export const membershipsQuery = (iso3: string) => sql`
	SELECT c.convention_id, p.joined FROM conventions c
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = ${iso3}
	ORDER BY c.convention_id`;

export const countryReportsQuery = (iso3: string, asOf: string | null) => sql`
	SELECT c.convention_id, c.cycle_id, c.label, c.year, c.due, r.submitted, r.url, ${reportStateSql(asOf)} AS state
	FROM cycles c
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = ${iso3}
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = ${iso3}
	ORDER BY c.convention_id, c.year, c.due, c.cycle_id`;

/**
 * Per convention: the cycle that counts for the country (rule 6: its most recent submitted report up to
 * the as-of cycle, else the as-of cycle itself), the as-of cycle, and the cycle before the one that counts.
 */
const countedCycles = (iso3: string, cycles: string[]) =>
	fragment(sql`
	WITH ranked AS (${rankedCycles}), shown AS (${shownCycles(cycles)}),
	counted AS (${rule(countedReportsSql('shown', '(SELECT * FROM reports WHERE iso3 = ?)'), iso3)})
	SELECT c.convention_id, c.cycle_id, c.label, c.due, previous.cycle_id AS previous_cycle_id,
		s.cycle_id AS shown_cycle_id, s.label AS shown_label, k.cycle_id AS counted_cycle_id
	FROM shown s
	LEFT JOIN counted k ON k.convention_id = s.convention_id
	JOIN ranked c ON c.convention_id = s.convention_id AND c.cycle_id = coalesce(k.cycle_id, s.cycle_id)
	LEFT JOIN ranked previous ON previous.convention_id = c.convention_id AND previous.position = c.position - 1`);

export const countedQuery = (iso3: string, cycles: string[]) => sql`
	WITH counted AS (${countedCycles(iso3, cycles)})
	SELECT convention_id, shown_cycle_id, shown_label, counted_cycle_id AS cycle_id,
		CASE WHEN counted_cycle_id IS NULL THEN NULL ELSE label END AS label
	FROM counted ORDER BY convention_id`;

/** The country's status per target in the counted cycles, with the previous cycle's status (rule 9 needs both). */
export const countryCellsQuery = (iso3: string, asOf: string | null, cycles: string[] = []) => sql`
	WITH shown AS (${countedCycles(iso3, cycles)})
	SELECT c.convention_id, c.cycle_id, c.label AS cycle_label, c.previous_cycle_id, t.element_id,
		s.score, s.n_scored, s.n_questions, before.score AS previous, ${reportStateSql(asOf)} AS report_state
	FROM shown c
	CROSS JOIN (SELECT element_id, sort FROM framework WHERE level = 'target') t
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = ${iso3}
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = ${iso3}
	LEFT JOIN status s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
		AND s.iso3 = ${iso3} AND s.element_id = t.element_id
	LEFT JOIN status before ON before.convention_id = c.convention_id AND before.cycle_id = c.previous_cycle_id
		AND before.iso3 = ${iso3} AND before.element_id = t.element_id
	ORDER BY c.convention_id, t.sort`;

/**
 * Overall status per convention in the counted cycle: the country, and the means over the countries of
 * its region and over all countries with one in that same cycle (as the convention page computes them).
 */
export const benchmarksQuery = (iso3: string, region: string | null, cycles: string[] = []) => sql`
	WITH shown AS (${countedCycles(iso3, cycles)}), overall AS (${overallStatuses()})
	SELECT s.convention_id, s.cycle_id, s.label AS cycle_label,
		max(o.score) FILTER (WHERE o.iso3 = ${iso3}) AS country,
		coalesce(max(o.n_targets) FILTER (WHERE o.iso3 = ${iso3}), 0)::INTEGER AS country_targets,
		avg(o.score) FILTER (WHERE k.region = ${region}) AS region,
		count(o.score) FILTER (WHERE k.region = ${region})::INTEGER AS n_region,
		avg(o.score) AS world,
		count(o.score)::INTEGER AS n_world
	FROM shown s
	LEFT JOIN overall o ON o.convention_id = s.convention_id AND o.cycle_id = s.cycle_id
	LEFT JOIN countries k ON k.iso3 = o.iso3
	GROUP BY s.convention_id, s.cycle_id, s.label
	ORDER BY s.convention_id`;

/** Every country with a page: party to at least one convention. */
export const countryIdsQuery = () => sql`SELECT DISTINCT iso3 FROM parties ORDER BY iso3`;

interface CellRow {
	convention_id: string;
	cycle_id: string;
	cycle_label: string;
	previous_cycle_id: string | null;
	element_id: string;
	score: number | null;
	n_scored: number | null;
	n_questions: number | null;
	previous: number | null;
	report_state: ReportState;
}

export const countryCyclesQuery = () => sql`SELECT convention_id, cycle_id, label, year, due FROM cycles ORDER BY convention_id, year, due, cycle_id`;

export async function loadCountry(db: Db, iso3: string, filters: CountryFilters = NO_COUNTRY_FILTERS): Promise<CountryData> {
	await db.ensure(COUNTRY_TABLES);
	const [country] = await db.query<Country>(countryQuery(iso3));
	if (!country) throw new Error(`No country "${iso3}" in the data`);
	const asOf = asOfDate(db);
	const { cycles: chosen } = filters;
	const [conventions, framework, memberships, reports, rows, benchmarks, counted, cycles] = await Promise.all([
		db.query<Convention>(conventionsQuery()),
		db.query<FrameworkElement>(frameworkQuery()),
		db.query<Membership>(membershipsQuery(iso3)),
		db.query<CountryReport>(countryReportsQuery(iso3, asOf)),
		db.query<CellRow>(countryCellsQuery(iso3, asOf, chosen)),
		db.query<Benchmark>(benchmarksQuery(iso3, country.region, chosen)),
		db.query<CountedReport>(countedQuery(iso3, chosen)),
		db.query<Cycle>(countryCyclesQuery())
	]);
	return {
		country,
		counted,
		cycles,
		conventions,
		framework,
		memberships,
		reports,
		cells: rows.map(toCell),
		changes: rows.map(toChange),
		benchmarks
	};
}

function toCell(row: CellRow): CountryCell {
	const { convention_id, cycle_id, cycle_label, element_id, score, n_scored, n_questions, report_state } = row;
	return {
		convention_id,
		cycle_id,
		cycle_label,
		element_id,
		score,
		n_countries: score == null ? 0 : 1,
		status: classify(score, n_questions),
		n_scored,
		n_questions,
		report_state
	};
}

function toChange(row: CellRow): ChangeCell {
	const { convention_id, element_id, cycle_id, previous_cycle_id, score, previous } = row;
	return { convention_id, element_id, cycle_id, previous_cycle_id, score, previous, change: change(score, previous) };
}

/** Rule 6: a change needs a status in both cycles; a status only in the latest is new data. */
export function change(score: number | null, previous: number | null): StatusChange {
	if (score == null) return 'none';
	if (previous == null) return 'new';
	if (Math.abs(score - previous) < SAME) return 'same';
	return score > previous ? 'up' : 'down';
}

export async function loadCountryIds(db: Db): Promise<string[]> {
	await db.ensure(['parties']);
	return (await db.query<{ iso3: string }>(countryIdsQuery())).map((row) => row.iso3);
}

export interface CountryListItem extends Country {
	conventions: number;
}

/** Every country with a page and the number of conventions it is party to, for the index page. */
export const countryListQuery = () => sql`
	SELECT k.iso3, k.name, k.region, k.subregion, count(*)::INTEGER AS conventions
	FROM countries k JOIN parties p ON p.iso3 = k.iso3
	GROUP BY k.iso3, k.name, k.region, k.subregion
	ORDER BY k.region, k.name COLLATE NOACCENT.NOCASE`;

export async function loadCountryList(db: Db): Promise<CountryListItem[]> {
	await db.ensure(['countries', 'parties']);
	return db.query<CountryListItem>(countryListQuery());
}
