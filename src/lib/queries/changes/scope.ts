/** SQL pieces every "since" question shares: the scoping filters, and the cycles before the date and now. */
import { SqlFragment } from '../../db/sql';
import * as scoring from '../../scoring';
import { inRegion, rule } from '../lens-shared';
import type { ChangesFilters } from './types';

/** `alias.convention_id` is the chosen convention (or any) and `alias.iso3` in the chosen region (or any). */
export const inScope = (alias: string, { convention, region }: ChangesFilters) => {
	const r = inRegion(region);
	return new SqlFragment(`(?::VARCHAR IS NULL OR ${alias}.convention_id = ?) AND ${alias}.iso3 IN ${r.text}`, [convention, convention, ...r.params]);
};

/** Submitted on the date or after. */
export const since = (column: string, date: string) => rule(scoring.submittedSinceSql(column, '?::VARCHAR'), date);

/** Each convention's cycle current before the date: its latest cycle due before it. */
export const cycleBefore = (date: string) => rule(scoring.cycleDueBySql('?', true), date);

/** Each convention's current cycle: its latest cycle due by the data's date (the latest when there is none). */
export const cycleNow = (asOf: string | null) => rule(scoring.cycleDueBySql('?', false), asOf);

/** A class's step, for moves. */
export const step = (status: string) => rule(scoring.classStepSql(status));
