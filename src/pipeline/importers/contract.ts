/**
 * What the importers write: the optional indicator files of the input contract (schema.ts), extended with
 * columns the contract ignores, plus the aggregates table and the provenance file. Additions to the contract
 * live here, not in schema.ts.
 */
import { INPUT_FILES, OPTIONAL_INPUT_FILES } from '../../lib/schema';

/** Generated codes of aggregates without a code of their own start with this, so they never look like an ISO3. */
export const AGGREGATE_PREFIX = 'AGG_';

/** Rows written by the importers come from real public sources, never from the generated sample. */
export const REAL_KIND = 'real';

export const IMPORT_OUTPUT_FILES = {
	indicators: {
		file: OPTIONAL_INPUT_FILES.indicators.file,
		columns: [...OPTIONAL_INPUT_FILES.indicators.columns, 'licence', 'citation', 'kind']
	},
	indicator_values: { file: OPTIONAL_INPUT_FILES.indicator_values.file, columns: [...OPTIONAL_INPUT_FILES.indicator_values.columns] },
	indicator_entities: { file: 'indicator_entities.csv', columns: ['code', 'name', 'kind'] },
	parties: { file: INPUT_FILES.parties.file, columns: [...INPUT_FILES.parties.columns] }
} as const;

export type ImportOutput = keyof typeof IMPORT_OUTPUT_FILES;

/** Provenance of an import: every source file read, with its checksum. */
export const SOURCES_FILE = 'sources.json';
