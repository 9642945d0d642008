/**
 * Turn imported data into the contract's files — indicators.csv (one row per indicator × target),
 * indicator_values.csv, indicator_entities.csv, parties.csv — and sources.json, and write them all-or-nothing.
 */
import { writeFilesAtomically } from './atomic-files';
import { IMPORT_OUTPUT_FILES, REAL_KIND, SOURCES_FILE } from './contract';
import { toCsv } from './csv-write';
import type { ImportedData } from './import-folder';
import { INDICATORS } from '../../lib/indicators/known';
import { upstreamUrl } from './upstream';

/** `keepTarget` narrows indicators.csv to the targets of a smaller framework (e.g. a test fixture's). */
export function outputFiles(data: ImportedData, importedAt: Date, keepTarget: (elementId: string) => boolean = () => true): Map<string, string> {
	const files = new Map<string, string>();
	const indicatorSources = data.sources.filter((read) => read.spec.output === 'indicator_values');
	if (indicatorSources.length > 0) {
		const { indicators, indicator_values, indicator_entities } = IMPORT_OUTPUT_FILES;
		files.set(
			indicators.file,
			toCsv(
				indicators.columns,
				indicatorRows(data).filter((row) => keepTarget(row.element_id))
			)
		);
		files.set(indicator_values.file, toCsv(indicator_values.columns, data.values));
		files.set(indicator_entities.file, toCsv(indicator_entities.columns, data.entities));
	}
	if (data.parties) files.set(IMPORT_OUTPUT_FILES.parties.file, toCsv(IMPORT_OUTPUT_FILES.parties.columns, data.parties));
	files.set(SOURCES_FILE, JSON.stringify(sourcesJson(data, importedAt), null, 2) + '\n');
	return files;
}

export function writeOutputs(outDir: string, data: ImportedData, importedAt = new Date()): Promise<string[]> {
	return writeFilesAtomically(outDir, outputFiles(data, importedAt));
}

function indicatorRows(data: ImportedData) {
	return data.sources.flatMap(({ spec }) =>
		spec.output !== 'indicator_values'
			? []
			: INDICATORS.filter((indicator) => spec.indicatorIds.includes(indicator.indicator_id)).flatMap((indicator) =>
					indicator.targets.map((element_id) => ({
						indicator_id: indicator.indicator_id,
						name: indicator.name,
						unit: indicator.unit,
						element_id,
						source: spec.source,
						licence: spec.licence,
						citation: spec.citation,
						kind: REAL_KIND
					}))
				)
	);
}

function sourcesJson(data: ImportedData, importedAt: Date) {
	return {
		imported_at: importedAt.toISOString(),
		kind: REAL_KIND,
		sources: data.sources.map(({ spec, path, sha256, bytes, records, emptyValues, rows }) => ({
			file: spec.file,
			path,
			sha256,
			bytes,
			rows: records,
			empty_values: emptyValues,
			output: spec.output,
			rows_written: rows,
			indicator_ids: spec.output === 'indicator_values' ? spec.indicatorIds : [],
			licence: spec.licence,
			citation: spec.citation,
			upstream: upstreamUrl(spec.upstream)
		})),
		not_imported: data.skipped
	};
}
