/** What an indicator value is about: a country or an aggregate, and the World's code. */

/** What a country or an aggregate is: `country`, or the aggregate's kind. */
export type EntityKind = 'country' | 'world' | 'region' | 'income_group' | 'other';

/** The World aggregate's code in `indicator_values.iso3`. */
export const WORLD = 'WLD';
