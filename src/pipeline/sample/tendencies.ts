/**
 * How well a country implements: a latent propensity (its own plus its region's), an offset per convention and a
 * rate of improvement per reporting cycle, mostly positive. They persist across cycles and drive both whether a
 * country reports and how it answers.
 */

import type { Country } from '../reference/countries';
import { CONVENTION_IDS, type ConventionId } from '../reference/conventions';
import { stream } from './random';

export interface Tendency {
	propensity: number;
	offset: Readonly<Record<ConventionId, number>>;
	improvementPerCycle: Readonly<Record<ConventionId, number>>;
}

const REGION_SD = 0.35;
const OFFSET_SD = 0.5;
const IMPROVEMENT_MEAN = 0.3;
const IMPROVEMENT_SD = 0.25;

function perConvention(draw: () => number): Record<ConventionId, number> {
	return Object.fromEntries(CONVENTION_IDS.map((id) => [id, draw()])) as Record<ConventionId, number>;
}

export function countryTendencies(countries: readonly Country[], seed: number): Map<string, Tendency> {
	const regionEffect = new Map<string, number>();
	for (const { subregion } of countries) {
		if (!regionEffect.has(subregion)) regionEffect.set(subregion, REGION_SD * stream(seed, 'region', subregion).normal());
	}
	return new Map(
		countries.map((country) => {
			const random = stream(seed, 'tendency', country.iso3);
			const propensity = random.normal() + (regionEffect.get(country.subregion) ?? 0);
			const offset = perConvention(() => OFFSET_SD * random.normal());
			const improvementPerCycle = perConvention(() => IMPROVEMENT_MEAN + IMPROVEMENT_SD * random.normal());
			return [country.iso3, { propensity, offset, improvementPerCycle }];
		})
	);
}
