/**
 * Expected reports and submissions. Every party that had joined by a cycle's due date owes a report; the share
 * that submits is fixed per cycle (between 55% and 93%), and the countries most inclined to implement are the
 * most likely to report. Submissions fall around the deadline, a few of them many months late.
 */

import type { Country } from '../reference/countries';
import { dueFor, type Cycle } from './cycles';
import { addDays, later } from './dates';
import type { Party } from './memberships';
import { stream, type Random } from './random';
import type { Tendency } from './tendencies';

export interface Report {
	convention_id: string;
	cycle_id: string;
	iso3: string;
	/** null = not submitted. */
	submitted: string | null;
}

export const SUBMISSION_RATES: Readonly<Record<string, number>> = {
	'cbd-3nr': 0.82,
	'cbd-4nr': 0.9,
	'cites-2003-2004': 0.58,
	'cites-2005-2006': 0.62,
	'cites-2007-2008': 0.66,
	'cites-2009-2010': 0.6,
	'cms-cop8': 0.72,
	'cms-cop9': 0.78,
	'cms-cop10': 0.8,
	'ramsar-cop9': 0.8,
	'ramsar-cop10': 0.88,
	'ramsar-cop11': 0.9,
	'whc-pr1': 0.9,
	'whc-pr2': 0.93
};

const LATE_SHARE = 0.15;

function submissionDate(random: Random, due: string, propensity: number): string {
	const days = Math.round(-10 + 45 * random.normal() - 25 * propensity);
	const lateness = random.next() < LATE_SHARE ? 60 + Math.round(300 * random.next()) : 0;
	return addDays(due, days + lateness);
}

function reportsOfCycle(
	cycle: Cycle,
	parties: readonly Party[],
	countries: ReadonlyMap<string, Country>,
	tendencies: ReadonlyMap<string, Tendency>,
	seed: number
): Report[] {
	const random = stream(seed, 'reports', cycle.cycle_id);
	const expected = parties.filter((party) => party.convention_id === cycle.convention_id && party.joined <= cycle.due);
	const tendencyOf = (iso3: string) => tendencies.get(iso3)!;
	const readiness = new Map(
		expected.map(({ iso3 }) => {
			const tendency = tendencyOf(iso3);
			return [iso3, 0.8 * tendency.propensity + 0.4 * tendency.offset[cycle.convention_id] + random.normal()];
		})
	);
	const submitting = Math.round(SUBMISSION_RATES[cycle.cycle_id] * expected.length);
	const submitters = new Set(
		[...expected]
			.sort((a, b) => readiness.get(b.iso3)! - readiness.get(a.iso3)!)
			.slice(0, submitting)
			.map((p) => p.iso3)
	);

	return expected.map(({ iso3, joined }) => {
		const country = countries.get(iso3)!;
		const due = dueFor(cycle, country.region, country.subregion);
		const submitted = submitters.has(iso3) ? later(submissionDate(random, due, tendencyOf(iso3).propensity), joined) : null;
		return { convention_id: cycle.convention_id, cycle_id: cycle.cycle_id, iso3, submitted };
	});
}

/** Every expected report, by cycle (in CYCLES order) then ISO3. */
export function generateReports(
	cycles: readonly Cycle[],
	parties: readonly Party[],
	countries: readonly Country[],
	tendencies: ReadonlyMap<string, Tendency>,
	seed: number
): Report[] {
	const byIso3 = new Map(countries.map((country) => [country.iso3, country]));
	return cycles.flatMap((cycle) => reportsOfCycle(cycle, parties, byIso3, tendencies, seed));
}
