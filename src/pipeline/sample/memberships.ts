/**
 * Party membership: for each convention, the states that had joined by the end of 2010 (as many as really had)
 * and a few that joined afterwards, each with a join date spread over the convention's history.
 */

import type { Country } from '../reference/countries';
import { CONVENTIONS, type ConventionId } from '../reference/conventions';
import { dayBetween, earlier, later } from './dates';
import { MEMBERSHIP_RULES, NON_UN_STATES, STATEHOOD, type MembershipRule } from './membership-rules';
import { stream, type Random } from './random';

export interface Party {
	convention_id: ConventionId;
	iso3: string;
	joined: string;
}

const END_OF_2010 = '2010-12-31';
const LATE_JOIN_WINDOW = ['2011-01-01', '2016-12-31'] as const;
const LATE_JOIN_SHARE = 0.4;

/** UN member states (as world-countries counts them) and the few other states that join these conventions. */
export function stateParticipants(countries: readonly Country[]): Country[] {
	return countries.filter((country) => country.unMember || NON_UN_STATES.includes(country.iso3));
}

function drawJoinDate(random: Random, rule: MembershipRule, iso3: string): string {
	const earliest = later(rule.entryIntoForce, STATEHOOD[iso3] ?? rule.entryIntoForce);
	const total = rule.joinWaves.reduce((sum, [, weight]) => sum + weight, 0);
	let threshold = random.next() * total;
	const [startYear] = rule.joinWaves.find(([, weight]) => (threshold -= weight) < 0) ?? rule.joinWaves[0];
	const from = later(`${startYear}-01-01`, earliest);
	const to = earlier(`${startYear + 4}-12-31`, END_OF_2010);
	if (from <= to) return dayBetween(from, to, random.next());
	// The state came into being after the drawn period: it joins within a few years of independence.
	return dayBetween(earliest, earlier(`${Number(earliest.slice(0, 4)) + 3}-12-31`, END_OF_2010), random.next());
}

function partiesOf(conventionId: ConventionId, states: readonly Country[], seed: number): Party[] {
	const rule = MEMBERSHIP_RULES[conventionId];
	const random = stream(seed, 'parties', conventionId);
	const existsBy2010 = (iso3: string) => (STATEHOOD[iso3] ?? '') <= END_OF_2010;
	const candidates = states.filter((state) => !rule.nonPartiesIn2010.includes(state.iso3) && existsBy2010(state.iso3));
	const by2010 = new Set(
		random
			.shuffle(candidates)
			.slice(0, rule.partiesBy2010)
			.map((state) => state.iso3)
	);

	const parties: Party[] = [];
	for (const { iso3 } of states) {
		if (by2010.has(iso3)) {
			parties.push({ convention_id: conventionId, iso3, joined: drawJoinDate(random, rule, iso3) });
		} else if (!rule.nonPartiesIn2010.includes(iso3) && random.next() < LATE_JOIN_SHARE) {
			const from = later(LATE_JOIN_WINDOW[0], STATEHOOD[iso3] ?? LATE_JOIN_WINDOW[0]);
			parties.push({ convention_id: conventionId, iso3, joined: dayBetween(from, LATE_JOIN_WINDOW[1], random.next()) });
		}
	}
	return parties;
}

/** Parties of every convention, by convention then ISO3. */
export function generateParties(countries: readonly Country[], seed: number): Party[] {
	const states = stateParticipants(countries);
	return CONVENTIONS.flatMap(({ convention_id }) => partiesOf(convention_id, states, seed));
}
