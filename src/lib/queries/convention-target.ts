/**
 * The convention page's linked views: each country's status on one target in the shown cycle, for the map
 * coloured by that target and the parties table filtered by it (status rows carry the class, rule 5).
 */
import { sql } from '../db/sql';
import type { StatusClass } from '../scoring';
import { inRegion } from './lens-shared';

export interface TargetCountryStatus {
	iso3: string;
	score: number | null;
	status: StatusClass;
}

export const targetCountriesQuery = (convention: string, cycle: string, element: string, region: string | null) => sql`
	SELECT iso3, score, status FROM status
	WHERE convention_id = ${convention} AND cycle_id = ${cycle} AND element_id = ${element} AND iso3 IN ${inRegion(region)}
	ORDER BY iso3`;
