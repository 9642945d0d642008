/**
 * Importer for Our World in Data's long CSV, `entity,code,year,<value>` (one value per entity and year), as
 * exported by OWID's grapher ("Entity,Code,Year,<indicator title>") or trimmed. The code column is optional:
 * the Living Planet Index file has `entity,year,lpi,…` with the World only.
 */
import type { ColumnSpec } from './csv-text';
import { parseSourceCsv } from './csv-text';
import { resolveOwidEntity } from './entities';
import { parseNumber, parseYear } from './fields';
import type { Importer, IndicatorValue } from './types';
import { failedImport, ValueCollector } from './value-collector';

export interface OwidOptions {
	indicatorId: string;
	/** The value column's name in the trimmed file, e.g. `red_list_index`. */
	valueColumn: string;
	/** Its other names, e.g. the indicator title in OWID's own export. */
	valueAliases?: readonly string[];
}

export function owidImporter({ indicatorId, valueColumn, valueAliases = [] }: OwidOptions): Importer<IndicatorValue> {
	const columns: ColumnSpec[] = [{ name: 'entity' }, { name: 'code', optional: true }, { name: 'year' }, { name: valueColumn, aliases: valueAliases }];
	return (text, { file }) => {
		const parsed = parseSourceCsv(text, file, columns);
		if (!parsed.ok) return failedImport(parsed.problems);
		const out = new ValueCollector(file);
		const { values, lines } = parsed.rows;
		for (let i = 0; i < values.length; i++) {
			const [entity, code, yearText, valueText] = values[i];
			const line = lines[i];
			const resolved = resolveOwidEntity(entity, code);
			const year = parseYear(yearText);
			const value = valueText === '' ? null : parseNumber(valueText);
			if (!resolved.ok) out.problem(line, resolved.column, resolved);
			if (!year.ok) out.problem(line, 'year', year);
			if (value && !value.ok) out.problem(line, valueColumn, value);
			if (!resolved.ok || !year.ok || (value && !value.ok)) continue;
			if (value === null) {
				out.emptyValues++;
				continue;
			}
			out.add({ indicator_id: indicatorId, iso3: resolved.code, year: year.value, value: value.value }, line, valueColumn, resolved.aggregate);
		}
		return out.result(values.length + parsed.problems.length, parsed.problems);
	};
}
