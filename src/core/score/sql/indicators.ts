/**
 * The indicator tables as validated, in file order. The World (WLD) is added to the aggregates when values
 * use it and indicator_entities.csv does not list it, so every aggregate a value names has a name and kind.
 */
import { WORLD_ENTITY } from '../../../lib/indicators/entities';
import { INDICATOR_OUTPUT_TABLES } from '../../contract/indicator-contract';

export const indicatorsSql = `
SELECT ${INDICATOR_OUTPUT_TABLES.indicators.join(', ')}
FROM indicators
ORDER BY line`;

export const indicatorValuesSql = `
SELECT ${INDICATOR_OUTPUT_TABLES.indicator_values.join(', ')}
FROM indicator_values
ORDER BY line`;

export const indicatorEntitiesSql = `
SELECT code, name, kind FROM (
  SELECT code, name, kind, line FROM indicator_entities
  UNION ALL
  SELECT '${WORLD_ENTITY.code}', '${WORLD_ENTITY.name}', '${WORLD_ENTITY.kind}', 0
  WHERE '${WORLD_ENTITY.code}' NOT IN (SELECT code FROM indicator_entities)
    AND '${WORLD_ENTITY.code}' IN (SELECT iso3 FROM indicator_values)
)
ORDER BY line`;

/** Indicators whose kind the input left empty are of the input's kind (the sample's, or real). */
export const fillIndicatorKindSql = `UPDATE indicators SET kind = ? WHERE kind IS NULL`;
