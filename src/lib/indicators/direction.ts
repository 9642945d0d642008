/** Whether a rise of an indicator is good news for biodiversity. */

/** Higher Red List Index, forest, protected area, LPI and sites are. */
export const DESIRED_DIRECTION: Readonly<Record<string, 'up' | 'down'>> = {
	red_list_index: 'up',
	forest_area_pct_land: 'up',
	protected_areas_pct_territory: 'up',
	living_planet_index: 'up',
	world_heritage_natural_sites: 'up'
};

/** null when the data does not say which direction is desired. */
export const desiredDirection = (indicator: string): 'up' | 'down' | null => DESIRED_DIRECTION[indicator] ?? null;
