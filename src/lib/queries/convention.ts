/** The convention page's questions: one pure SQL builder per question, and the loader that asks them. */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import { classify, STATUS_CLASSES, type StatusClass } from '../scoring';
import type { Convention, FrameworkElement, ReportingRow } from './types';
import type { ConventionCountry, Cycle, PartyRow, ReportCell, ReportState, TargetClassCount } from './lens-types';
import { targetCountriesQuery, type TargetCountryStatus } from './convention-target';
import { asOfDate, frameworkQuery, inRegion, latestCycles, once, overallStatuses, regionsQuery, reportStateSql } from './lens-shared';

export const CONVENTION_TABLES = ['conventions', 'framework', 'cycles', 'status', 'reports', 'parties', 'countries'] as const;

export interface ConventionFilters {
	convention: string;
	/** null = the latest cycle. */
	cycle: string | null;
	region: string | null;
	/** A target chosen in "Status by target" (linked views): its countries' statuses are loaded too. */
	target?: string | null;
}

export interface ConventionData {
	convention: Convention;
	cycles: Cycle[];
	/** The cycle shown: the one asked for when the convention has it, else the latest. */
	cycle: Cycle;
	region: string | null;
	regions: string[];
	framework: FrameworkElement[];
	targetClasses: TargetClassCount[];
	reporting: ReportingRow[];
	/** Every country (of the region): the map's rows. */
	countries: ConventionCountry[];
	parties: PartyRow[];
	/** The date overdue reports are judged on (rule 7: the data's date). */
	asOf: string | null;
	/** The chosen target and each reporting country's status on it; null when none is chosen. */
	target: { element_id: string; countries: TargetCountryStatus[] } | null;
}

export const conventionQuery = (convention: string) => sql`SELECT convention_id, name, short_name FROM conventions WHERE convention_id = ${convention}`;

export const cyclesQuery = (convention: string) => sql`
	SELECT convention_id, cycle_id, label, year, due FROM cycles WHERE convention_id = ${convention}
	ORDER BY year, due, cycle_id`;

/** How the countries that reported in the cycle fall across the classes, per target (status rows carry the class). */
export const targetClassesQuery = (convention: string, cycle: string, region: string | null) => sql`
	SELECT s.element_id, s.status, count(*)::INTEGER AS countries
	FROM status s JOIN framework f ON f.element_id = s.element_id
	WHERE s.convention_id = ${convention} AND s.cycle_id = ${cycle} AND s.iso3 IN ${inRegion(region)}
	GROUP BY s.element_id, s.status, f.sort
	ORDER BY f.sort`;

/** Rule 5 for every cycle of the convention, counting the region's reports only. */
export const conventionReportingQuery = (convention: string, region: string | null) => sql`
	SELECT c.convention_id, c.cycle_id, c.label, c.year,
		count(r.iso3)::INTEGER AS expected, count(r.submitted)::INTEGER AS submitted,
		CASE WHEN count(r.iso3) = 0 THEN NULL ELSE count(r.submitted) / count(r.iso3) END AS rate
	FROM cycles c
	LEFT JOIN (SELECT * FROM reports WHERE iso3 IN ${inRegion(region)}) r
		ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id
	WHERE c.convention_id = ${convention}
	GROUP BY c.convention_id, c.cycle_id, c.label, c.year, c.due
	ORDER BY c.year, c.due`;

/** Every country of the region with its membership, the cycle's report and its overall status (rule 3). */
export const countryStatusQuery = (convention: string, cycle: string, region: string | null, asOf: string | null) => sql`
	WITH overall AS (${overallStatuses(convention, cycle)})
	SELECT k.iso3, k.name, k.region, p.joined, r.submitted, ${reportStateSql(asOf)} AS state,
		o.score, coalesce(o.n_targets, 0)::INTEGER AS n_targets,
		k.iso3 IN (SELECT iso3 FROM parties) AS has_page
	FROM countries k
	JOIN cycles c ON c.convention_id = ${convention} AND c.cycle_id = ${cycle}
	LEFT JOIN parties p ON p.convention_id = c.convention_id AND p.iso3 = k.iso3
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = k.iso3
	LEFT JOIN overall o ON o.convention_id = c.convention_id AND o.cycle_id = c.cycle_id AND o.iso3 = k.iso3
	WHERE k.iso3 IN ${inRegion(region)}
	ORDER BY k.name COLLATE NOACCENT.NOCASE`;

/** Every party of the region × every cycle of the convention: what became of its report. */
export const partyReportsQuery = (convention: string, region: string | null, asOf: string | null) => sql`
	SELECT p.iso3, c.cycle_id, r.submitted, r.url, ${reportStateSql(asOf)} AS state
	FROM parties p
	JOIN cycles c ON c.convention_id = p.convention_id
	LEFT JOIN reports r ON r.convention_id = c.convention_id AND r.cycle_id = c.cycle_id AND r.iso3 = p.iso3
	WHERE p.convention_id = ${convention} AND p.iso3 IN ${inRegion(region)}
	ORDER BY p.iso3, c.year, c.due`;

export async function loadConvention(db: Db, filters: ConventionFilters): Promise<ConventionData> {
	await db.ensure(CONVENTION_TABLES);
	const { convention: id, region } = filters;
	const [[convention], cycles, regions, framework] = await Promise.all([
		once(db, `convention ${id}`, () => db.query<Convention>(conventionQuery(id))),
		once(db, `cycles ${id}`, () => db.query<Cycle>(cyclesQuery(id))),
		once(db, `regions ${id}`, () => db.query<{ region: string }>(regionsQuery(id))),
		once(db, 'framework', () => db.query<FrameworkElement>(frameworkQuery()))
	]);
	if (!convention) throw new Error(`No convention "${id}" in the data`);
	if (cycles.length === 0) throw new Error(`Convention "${id}" has no reporting cycle`);
	const cycle = cycles.find((c) => c.cycle_id === filters.cycle) ?? cycles[cycles.length - 1];
	const asOf = asOfDate(db);
	const target = framework.some((e) => e.level === 'target' && e.element_id === filters.target) ? filters.target! : null;
	// The view without its target, once per convention, cycle and region: choosing a target (the linked views)
	// then runs one query, and the charts it does not change keep their data (same arrays: not redrawn).
	const [base, targetRows] = await Promise.all([
		once(db, `convention view ${id} ${cycle.cycle_id} ${region ?? ''}`, async () => {
			const [classRows, reporting, countryRows, reportRows] = await Promise.all([
				db.query<TargetClassCount>(targetClassesQuery(id, cycle.cycle_id, region)),
				db.query<ReportingRow>(conventionReportingQuery(id, region)),
				db.query<CountryRow>(countryStatusQuery(id, cycle.cycle_id, region, asOf)),
				db.query<ReportRow>(partyReportsQuery(id, region, asOf))
			]);
			const countries = countryRows.map(toConventionCountry(cycle.cycle_id));
			return { targetClasses: withZeros(classRows, framework), reporting, countries, parties: partyRows(countries, reportRows) };
		}),
		target ? db.query<TargetCountryStatus>(targetCountriesQuery(id, cycle.cycle_id, target, region)) : null
	]);
	return {
		convention,
		cycles,
		cycle,
		region,
		regions: regions.map((r) => r.region),
		framework,
		...base,
		asOf,
		target: target && targetRows ? { element_id: target, countries: targetRows } : null
	};
}

interface CountryRow {
	iso3: string;
	name: string;
	region: string | null;
	joined: string | null;
	submitted: string | null;
	state: ReportState;
	score: number | null;
	n_targets: number;
	has_page: boolean;
}

interface ReportRow extends ReportCell {
	iso3: string;
}

const toConventionCountry =
	(cycle_id: string) =>
	({ submitted, state, ...row }: CountryRow): ConventionCountry => {
		const status = classify(row.score);
		return {
			...row,
			has_page: Boolean(row.has_page),
			status,
			category: row.joined == null ? 'not_party' : status,
			report: { cycle_id, submitted, state }
		};
	};

/** One row per target and class, zeros included, in framework then class order. */
function withZeros(rows: TargetClassCount[], framework: FrameworkElement[]): TargetClassCount[] {
	const count = new Map(rows.map((row) => [`${row.element_id}/${row.status}`, row.countries]));
	return framework
		.filter((element) => element.level === 'target')
		.flatMap((target) =>
			STATUS_CLASSES.map((status: StatusClass) => ({
				element_id: target.element_id,
				status,
				countries: count.get(`${target.element_id}/${status}`) ?? 0
			}))
		);
}

function partyRows(countries: ConventionCountry[], reports: ReportRow[]): PartyRow[] {
	const byCountry = new Map<string, ReportRow[]>();
	for (const row of reports) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
	return countries
		.filter((country) => country.joined != null)
		.map((country) => ({
			iso3: country.iso3,
			name: country.name,
			region: country.region,
			joined: country.joined!,
			reports: Object.fromEntries(
				(byCountry.get(country.iso3) ?? []).map(({ cycle_id, submitted, url, state }) => [cycle_id, { cycle_id, submitted, url, state }])
			)
		}));
}

/** Conventions with their ids, for the prerender's `entries`. */
export const conventionIdsQuery = () => sql`SELECT convention_id FROM conventions ORDER BY convention_id`;

export async function loadConventionIds(db: Db): Promise<string[]> {
	await db.ensure(['conventions']);
	return (await db.query<{ convention_id: string }>(conventionIdsQuery())).map((row) => row.convention_id);
}

export interface ConventionListItem extends Convention {
	parties: number;
	latest_label: string | null;
	expected: number;
	submitted: number;
}

/** Every convention with its number of parties and its latest cycle's reports, for the index page. */
export const conventionListQuery = () => sql`
	WITH latest AS (${latestCycles})
	SELECT v.convention_id, v.name, v.short_name,
		(SELECT count(*) FROM parties p WHERE p.convention_id = v.convention_id)::INTEGER AS parties,
		l.label AS latest_label,
		(SELECT count(*) FROM reports r WHERE r.convention_id = v.convention_id AND r.cycle_id = l.cycle_id)::INTEGER AS expected,
		(SELECT count(r.submitted) FROM reports r WHERE r.convention_id = v.convention_id AND r.cycle_id = l.cycle_id)::INTEGER AS submitted
	FROM conventions v LEFT JOIN latest l ON l.convention_id = v.convention_id
	ORDER BY v.convention_id`;

export async function loadConventionList(db: Db): Promise<ConventionListItem[]> {
	await db.ensure(['conventions', 'cycles', 'parties', 'reports']);
	return db.query<ConventionListItem>(conventionListQuery());
}
