/** Rules of the indicator files beyond single values and keys: who a value is about, one description per indicator. */
import { columnIndex } from '../read/csv-table';
import { WORLD_ENTITY } from '../../lib/indicators/entities';
import { INDICATOR_INPUT_FILES } from '../contract/indicator-contract';
import { quote as q } from '../problems';
import type { ValidationContext } from './validation-context';

/** Values need the indicators they belong to (called when indicators.csv is not given). */
export function validateIndicatorFilesTogether(context: ValidationContext): void {
	const values = context.tables.indicator_values;
	const indicatorsFile = INDICATOR_INPUT_FILES.indicators.file;
	if (!values) return;
	context.add({
		file: values.file,
		message: `there is no ${indicatorsFile} describing these indicators`,
		fix: `add ${indicatorsFile} (indicator_id,name,unit,element_id,source), one row per indicator and target`
	});
}

/** A value is about a country of countries.csv or an aggregate of indicator_entities.csv (WLD is always known). */
export function validateIndicatorEntities(context: ValidationContext): void {
	const { indicator_values: values, countries, indicator_entities: entities } = context.tables;
	if (!values || !countries) return;
	const known = new Set<string>([WORLD_ENTITY.code]);
	const countryPosition = columnIndex(countries, 'iso3');
	for (const row of countries.rows) known.add(row[countryPosition]);
	if (entities) {
		const codePosition = columnIndex(entities, 'code');
		for (const row of entities.rows) known.add(row[codePosition]);
	}
	const iso3Position = columnIndex(values, 'iso3');
	context.forEachCleanRow(values, (row) => {
		const code = values.rows[row][iso3Position];
		if (known.has(code)) return;
		context.flag(values, row, 'iso3', {
			message: `${q(code)} is neither a country in countries.csv nor an aggregate in indicator_entities.csv`,
			fix: 'correct the code, or add the region or group to indicator_entities.csv (code,name,kind)'
		});
	});
}

/** Every row of one indicator names it, its unit and its source the same way. */
export function validateIndicatorDescriptions(context: ValidationContext): void {
	const indicators = context.tables.indicators;
	if (!indicators) return;
	const described = ['name', 'unit', 'source', 'licence', 'citation', 'kind'];
	const valuesOf = context.valuesOf(indicators, ['indicator_id', ...described]);
	const first = new Map<string, { line: number; values: string[] }>();
	context.forEachCleanRow(indicators, (row) => {
		const [id, ...values] = valuesOf(row);
		const earlier = first.get(id);
		if (!earlier) return void first.set(id, { line: indicators.lines[row], values });
		const differs = described.findIndex((_, i) => values[i] !== earlier.values[i]);
		if (differs === -1) return;
		context.flag(indicators, row, described[differs], {
			message: `${q(values[differs])} differs from ${q(earlier.values[differs])} on line ${earlier.line} for indicator ${q(id)}`,
			fix: 'describe an indicator the same way on each of its rows (one row per target it informs)'
		});
	});
}
