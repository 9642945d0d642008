/**
 * The outcome indicators the real sources provide, and the one table that maps each to the 2010 targets it
 * informs. A target is listed when the framework (framework.ts, TARGET_INDICATORS) names the
 * indicator's headline indicator as relevant to it; tests hold the two in step.
 */

export interface IndicatorSpec {
	indicator_id: string;
	name: string;
	unit: string;
	/** The headline indicator of decision VIII/15 this measures, as worded in the framework. */
	frameworkIndicator: string;
	/** Set when the data is a proxy for the headline indicator rather than a measure of it. */
	proxy?: string;
	targets: readonly string[];
}

export const INDICATORS = [
	{
		indicator_id: 'red_list_index',
		name: 'Red List Index (species survival)',
		unit: 'index, 0 (all extinct) to 1 (all Least Concern)',
		frameworkIndicator: 'Change in status of threatened species',
		targets: ['t2.1', 't2.2', 't4.3']
	},
	{
		indicator_id: 'forest_area_pct_land',
		name: 'Forest area',
		unit: '% of land area',
		frameworkIndicator: 'Trends in extent of selected biomes, ecosystems and habitats',
		targets: ['t1.1', 't1.2', 't5.1']
	},
	{
		indicator_id: 'protected_areas_pct_territory',
		name: 'Terrestrial and marine protected areas',
		unit: '% of total territorial area',
		frameworkIndicator: 'Coverage of protected areas',
		targets: ['t1.1', 't1.2', 't2.2']
	},
	{
		indicator_id: 'living_planet_index',
		name: 'Living Planet Index (vertebrate populations, WWF 2016)',
		unit: 'index, 1970 = 1',
		frameworkIndicator: 'Trends in abundance and distribution of selected species',
		targets: ['t1.1', 't1.2', 't2.1', 't2.2', 't3.1', 't5.1']
	},
	{
		indicator_id: 'world_heritage_natural_sites',
		name: 'Natural and mixed World Heritage sites (cumulative, by year of inscription)',
		unit: 'sites',
		frameworkIndicator: 'Coverage of protected areas',
		proxy: 'sites of outstanding universal value protected under the WHC: areas of particular importance (target 1.2)',
		targets: ['t1.2']
	}
] as const satisfies readonly IndicatorSpec[];

export type IndicatorId = (typeof INDICATORS)[number]['indicator_id'];

/** The indicators the importers know, id → name: their pages exist (saying "no data") even in a sample-only build. */
export const KNOWN_INDICATORS: ReadonlyMap<string, string> = new Map(INDICATORS.map((indicator) => [indicator.indicator_id, indicator.name]));
