/**
 * The outcome-indicator part of the data contract: optional input files and the tables written from them.
 * It extends schema.ts's optional files with the aggregates table and the provenance columns the importers
 * write (licence, citation, kind), which are optional in the input so that hand-made files stay small.
 */
import { OPTIONAL_INPUT_FILES } from '../../lib/schema';

export const SOURCE_KINDS = ['sample', 'real'] as const;

export const INDICATOR_INPUT_FILES = {
	indicators: {
		file: OPTIONAL_INPUT_FILES.indicators.file,
		columns: [...OPTIONAL_INPUT_FILES.indicators.columns, 'licence', 'citation', 'kind'],
		/** Read as empty when the header lacks them. */
		optionalColumns: ['licence', 'citation', 'kind']
	},
	indicator_values: { file: OPTIONAL_INPUT_FILES.indicator_values.file, columns: [...OPTIONAL_INPUT_FILES.indicator_values.columns], optionalColumns: [] },
	indicator_entities: { file: 'indicator_entities.csv', columns: ['code', 'name', 'kind'], optionalColumns: [] }
} as const;

export type IndicatorTable = keyof typeof INDICATOR_INPUT_FILES;

/**
 * Written (and listed in manifest.json) when indicator files are in the input. `indicators` has one row per
 * indicator × target it informs; `indicator_values.iso3` is a country of countries.parquet or the `code` of an
 * aggregate in `indicator_entities` (WLD = World, always present there when used).
 */
export const INDICATOR_OUTPUT_TABLES = {
	indicators: ['indicator_id', 'name', 'unit', 'element_id', 'source', 'licence', 'citation', 'kind'],
	indicator_values: ['indicator_id', 'iso3', 'year', 'value'],
	indicator_entities: ['code', 'name', 'kind']
} as const;
