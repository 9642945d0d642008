/**
 * Importer for World Bank indicators in the long shape
 * `iso3,country_name,year,indicator_code,value,wb_region,wb_income_group,is_aggregate`
 * (WDI's wide download reshaped, with its country metadata telling aggregates from countries).
 */
import { quote } from '../../core/problems';
import { parseSourceCsv, type ColumnSpec } from './csv-text';
import { resolveWorldBankEntity } from './entities';
import { parseBoolean, parseNumber, parseYear } from './fields';
import type { Importer, IndicatorValue } from './types';
import { failedImport, ValueCollector } from './value-collector';

/** WDI indicator code → the project's indicator id, e.g. `ER.PTD.TOTL.ZS` → `protected_areas_pct_territory`. */
export type WorldBankIndicators = Readonly<Record<string, string>>;

const COLUMNS: ColumnSpec[] = [
	{ name: 'iso3', aliases: ['country code'] },
	{ name: 'country_name', aliases: ['country name'], optional: true },
	{ name: 'year' },
	{ name: 'indicator_code', aliases: ['indicator code'] },
	{ name: 'value' },
	{ name: 'is_aggregate' }
];

export function worldBankImporter(indicators: WorldBankIndicators): Importer<IndicatorValue> {
	const known = Object.keys(indicators).join(', ');
	return (text, { file }) => {
		const parsed = parseSourceCsv(text, file, COLUMNS);
		if (!parsed.ok) return failedImport(parsed.problems);
		const out = new ValueCollector(file);
		const { values, lines } = parsed.rows;
		for (let i = 0; i < values.length; i++) {
			const [code, name, yearText, indicatorCode, valueText, aggregateText] = values[i];
			const line = lines[i];
			const indicatorId = indicators[indicatorCode];
			const isAggregate = parseBoolean(aggregateText, 'True', 'False');
			const resolved = isAggregate.ok ? resolveWorldBankEntity(code, name, isAggregate.value) : null;
			const year = parseYear(yearText);
			const value = valueText === '' ? null : parseNumber(valueText);
			if (indicatorId === undefined)
				out.problem(line, 'indicator_code', {
					message: `${quote(indicatorCode)} is not an indicator this importer knows (${known})`,
					fix: 'remove the rows of other indicators, or add the code to the source table in importers/sources.ts'
				});
			if (!isAggregate.ok) out.problem(line, 'is_aggregate', isAggregate);
			if (resolved && !resolved.ok) out.problem(line, resolved.column, resolved);
			if (!year.ok) out.problem(line, 'year', year);
			if (value && !value.ok) out.problem(line, 'value', value);
			if (indicatorId === undefined || !resolved?.ok || !year.ok || (value && !value.ok)) continue;
			if (value === null) {
				out.emptyValues++;
				continue;
			}
			out.add({ indicator_id: indicatorId, iso3: resolved.code, year: year.value, value: value.value }, line, 'value', resolved.aggregate);
		}
		return out.result(values.length + parsed.problems.length, parsed.problems);
	};
}
