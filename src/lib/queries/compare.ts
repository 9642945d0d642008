/**
 * Countries and regions side by side, each convention as of its latest cycle (rule 6): a region's status
 * per target is the mean over its countries in that cycle (as the convention page computes it); a
 * country's is its most recent submitted report up to that cycle, labelled with the report's cycle.
 */
import type { Db } from '../db/connection';
import { fragment, sql, type SqlFragment } from '../db/sql';
import { classify } from '../scoring';
import { countedReportsSql, inRegionSql, meanOverCountriesSql } from '../scoring';

const inRegionText = inRegionSql('?');
import type { Convention, FrameworkElement } from './types';
import type { CountryCell, ReportState } from './lens-types';
import {
	asOfDate,
	conventionsQuery,
	frameworkQuery,
	inRegion,
	latestCycles,
	once,
	overallStatuses,
	rankedCycles,
	regionsQuery,
	reportStateSql,
	rule
} from './lens-shared';

export const COMPARE_TABLES = ['conventions', 'framework', 'cycles', 'status', 'element_status', 'reports', 'parties', 'countries'] as const;

export const MAX_ENTRIES = 4;
export const MIN_ENTRIES = 2;
/** Shown when the URL names nothing: three large countries. */
export const DEFAULT_COMPARE = ['BRA', 'CHN', 'IND'];

export interface EntryKey {
	kind: 'country' | 'region';
	/** ISO3 code or region name. */
	code: string;
}

export interface CompareEntry extends EntryKey {
	/** `KEN` or `region:Africa`: the entry as the URL writes it. */
	key: string;
	label: string;
}

export interface CompareCell extends CountryCell {
	entry: string;
	/** The convention's as-of cycle (latest): a country's cell may come from an earlier report (cycle_id). */
	shown_cycle_id: string;
	shown_label: string;
}

export interface CompareOverall {
	entry: string;
	convention_id: string;
	/** The cycle the number is from: a country's counted report, or the as-of cycle for a region. */
	cycle_id: string;
	cycle_label: string;
	shown_cycle_id: string;
	shown_label: string;
	score: number | null;
	status: ReturnType<typeof classify>;
	/** Countries behind the mean (a region), or 1/0 (a country). */
	n_countries: number;
	/** Targets behind a country's overall status; null for a region. */
	n_targets: number | null;
	/** A country's report in that cycle; null for a region. */
	report_state: ReportState | null;
}

export interface CompareFilters {
	compare: string | null;
}

export interface CompareData {
	conventions: Convention[];
	framework: FrameworkElement[];
	/** What can be added: countries with a page, and regions with parties. */
	countries: { iso3: string; name: string }[];
	regions: string[];
	entries: CompareEntry[];
	cells: CompareCell[];
	overall: CompareOverall[];
}

export const entryKey = (entry: EntryKey) => (entry.kind === 'region' ? `region:${entry.code}` : entry.code);

/** `KEN,TZA,region:Africa` → entries, duplicates dropped, at most MAX_ENTRIES. */
export function parseCompare(value: string | null): EntryKey[] {
	const seen = new Set<string>();
	const entries: EntryKey[] = [];
	for (const part of (value ?? '').split(',')) {
		const token = part.trim();
		if (!token) continue;
		const entry: EntryKey = token.toLowerCase().startsWith('region:')
			? { kind: 'region', code: token.slice('region:'.length).trim() }
			: { kind: 'country', code: token.toUpperCase() };
		const key = entryKey(entry);
		if (!entry.code || seen.has(key)) continue;
		seen.add(key);
		entries.push(entry);
	}
	return entries.slice(0, MAX_ENTRIES);
}

export const serialiseCompare = (entries: EntryKey[]) => entries.map(entryKey).join(',');

const targets = fragment(sql`SELECT element_id, sort FROM framework WHERE level = 'target'`);

/** The countries an entry stands for. */
const members = (entry: EntryKey): SqlFragment => (entry.kind === 'region' ? inRegion(entry.code) : fragment(sql`(SELECT ${entry.code}::VARCHAR AS iso3)`));

export const selectableCountriesQuery = () => sql`
	SELECT k.iso3, k.name FROM countries k WHERE k.iso3 IN (SELECT iso3 FROM parties) ORDER BY k.name COLLATE NOACCENT.NOCASE`;

/**
 * Per convention, the cycle a country's numbers come from: its most recent submitted report up to the
 * as-of (latest) cycle, else the as-of cycle itself (then with no status: not reported or not a party).
 */
const countryCycles = (iso3: string) =>
	fragment(sql`
	WITH ranked AS (${rankedCycles}), shown AS (${latestCycles}),
	counted AS (${rule(countedReportsSql('shown', '(SELECT * FROM reports WHERE iso3 = ?)'), iso3)})
	SELECT c.convention_id, c.cycle_id, c.label, c.due, s.cycle_id AS shown_cycle_id, s.label AS shown_label
	FROM shown s LEFT JOIN counted k ON k.convention_id = s.convention_id
	JOIN ranked c ON c.convention_id = s.convention_id AND c.cycle_id = coalesce(k.cycle_id, s.cycle_id)`);

/** A country's status per target from the report that counts, with that report's state. */
export const countryCellsQuery = (iso3: string, asOf: string | null) => sql`
	SELECT c.convention_id, c.cycle_id, c.label AS cycle_label, c.shown_cycle_id, c.shown_label, t.element_id,
		s.score, s.n_scored, s.n_questions,
		CASE WHEN s.score IS NULL THEN 0 ELSE 1 END AS n_countries, ${reportStateSql(asOf)} AS report_state
	FROM (${countryCycles(iso3)}) c CROSS JOIN (${targets}) t
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = ${iso3}
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = ${iso3}
	LEFT JOIN status s ON s.convention_id = c.convention_id AND s.cycle_id = c.cycle_id
		AND s.iso3 = ${iso3} AND s.element_id = t.element_id
	ORDER BY c.convention_id, t.sort`;

/** A region's status for a target = mean over its countries with a score, in the as-of cycle; n_questions from the format. */
export const regionCellsQuery = (region: string) => sql`
	SELECT c.convention_id, c.cycle_id, c.label AS cycle_label, c.cycle_id AS shown_cycle_id, c.label AS shown_label,
		t.element_id, m.score, coalesce(m.n_countries, 0)::INTEGER AS n_countries, e.n_questions
	FROM (${latestCycles}) c CROSS JOIN (${targets}) t
	LEFT JOIN (${rule(meanOverCountriesSql('status', inRegionText), region)}) m
		ON m.convention_id = c.convention_id AND m.cycle_id = c.cycle_id AND m.element_id = t.element_id
	LEFT JOIN element_status e ON e.convention_id = c.convention_id AND e.cycle_id = c.cycle_id AND e.element_id = t.element_id
	ORDER BY c.convention_id, t.sort`;

/** Overall status per convention: a country's own (mean of its targets) from its counted report, or a region's mean over its countries'. */
export const overallQuery = (entry: EntryKey) =>
	entry.kind === 'country'
		? sql`
	WITH overall AS (${overallStatuses()})
	SELECT c.convention_id, c.cycle_id, c.label AS cycle_label, c.shown_cycle_id, c.shown_label, o.score,
		count(o.score)::INTEGER AS n_countries, max(o.n_targets)::INTEGER AS n_targets
	FROM (${countryCycles(entry.code)}) c
	LEFT JOIN overall o ON o.convention_id = c.convention_id AND o.cycle_id = c.cycle_id AND o.iso3 = ${entry.code}
	GROUP BY ALL ORDER BY c.convention_id`
		: sql`
	WITH overall AS (${overallStatuses()})
	SELECT c.convention_id, c.cycle_id, c.label AS cycle_label, c.cycle_id AS shown_cycle_id, c.label AS shown_label,
		avg(o.score) AS score, count(o.score)::INTEGER AS n_countries, NULL::INTEGER AS n_targets
	FROM (${latestCycles}) c
	LEFT JOIN overall o ON o.convention_id = c.convention_id AND o.cycle_id = c.cycle_id
		AND o.iso3 IN ${members(entry)}
	GROUP BY ALL ORDER BY c.convention_id`;

type CellRow = Omit<CompareCell, 'entry' | 'status'>;
type OverallRow = Omit<CompareOverall, 'entry' | 'status' | 'report_state'>;

export async function loadCompare(db: Db, filters: CompareFilters): Promise<CompareData> {
	await db.ensure(COMPARE_TABLES);
	const [conventions, framework, countries, regionRows] = await Promise.all([
		once(db, 'conventions', () => db.query<Convention>(conventionsQuery())),
		once(db, 'framework', () => db.query<FrameworkElement>(frameworkQuery())),
		once(db, 'selectable countries', () => db.query<{ iso3: string; name: string }>(selectableCountriesQuery())),
		once(db, 'regions', () => db.query<{ region: string }>(regionsQuery()))
	]);
	const regions = regionRows.map((row) => row.region);
	const entries = resolveEntries(parseCompare(filters.compare), countries, regions);
	const asOf = asOfDate(db);
	const perEntry = await Promise.all(
		entries.map(async (entry) => {
			const [cells, overall] = await Promise.all([
				db.query<CellRow>(entry.kind === 'country' ? countryCellsQuery(entry.code, asOf) : regionCellsQuery(entry.code)),
				db.query<OverallRow>(overallQuery(entry))
			]);
			return { entry, cells, overall };
		})
	);
	return {
		conventions,
		framework,
		countries,
		regions,
		entries,
		cells: perEntry.flatMap(({ entry, cells }) => cells.map((cell) => toCell(entry, cell))),
		overall: perEntry.flatMap(({ entry, cells, overall }) => overall.map((row) => toOverall(entry, row, cells)))
	};
}

/** Entries the data knows, labelled; the default three countries when fewer than two are left. */
export function resolveEntries(asked: EntryKey[], countries: { iso3: string; name: string }[], regions: string[]): CompareEntry[] {
	const names = new Map(countries.map((c) => [c.iso3, c.name]));
	const known = (list: EntryKey[]) =>
		list.flatMap((entry): CompareEntry[] => {
			if (entry.kind === 'region') {
				const region = regions.find((r) => r.toLowerCase() === entry.code.toLowerCase());
				return region ? [{ kind: 'region', code: region, key: `region:${region}`, label: region }] : [];
			}
			const name = names.get(entry.code);
			return name ? [{ ...entry, key: entry.code, label: name }] : [];
		});
	const entries = known(asked);
	if (entries.length >= MIN_ENTRIES || asked.length > 0) return entries;
	const defaults = known(DEFAULT_COMPARE.map((code) => ({ kind: 'country', code })));
	return defaults.length >= MIN_ENTRIES ? defaults : known(countries.slice(0, 3).map((c) => ({ kind: 'country', code: c.iso3 })));
}

function toCell(entry: CompareEntry, row: CellRow): CompareCell {
	return {
		...row,
		n_scored: row.n_scored ?? null,
		n_questions: row.n_questions ?? null,
		report_state: row.report_state ?? null,
		entry: entry.key,
		status: classify(row.score, row.n_questions)
	};
}

function toOverall(entry: CompareEntry, row: OverallRow, cells: CellRow[]): CompareOverall {
	const isCountry = entry.kind === 'country';
	const state = cells.find((cell) => cell.convention_id === row.convention_id)?.report_state ?? null;
	return {
		...row,
		entry: entry.key,
		status: classify(row.score),
		n_targets: isCountry ? (row.n_targets ?? 0) : null,
		report_state: isCountry ? state : null
	};
}
