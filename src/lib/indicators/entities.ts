/** What an indicator value is about: a country or an aggregate, and the World. */

/** The kinds of the non-country entities that carry indicator values: World, UN regions, World Bank income groups, others. */
export const AGGREGATE_KINDS = ['world', 'region', 'income_group', 'other'] as const;
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];

/** What a country or an aggregate is: `country`, or the aggregate's kind. */
export type EntityKind = 'country' | AggregateKind;

/** The World aggregate's code in `indicator_values.iso3`, whatever the source called it (OWID_WRL, "World"). */
export const WORLD = 'WLD';

/** The World as an aggregate row, known even when indicator_entities.csv is absent. */
export const WORLD_ENTITY = { code: WORLD, name: 'World', kind: 'world' } as const satisfies { code: string; name: string; kind: AggregateKind };
