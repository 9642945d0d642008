/**
 * Importer for UNESCO's World Heritage List (whc-sites export): the number of natural and mixed sites each
 * State Party has, cumulative by year of inscription, up to the list's last inscription year. A transboundary
 * site counts once for each state it lies in; the World (WLD) counts each site once. Years before a state's
 * first natural or mixed site have no row.
 */
import { quote } from '../../core/problems';
import { WORLD, WORLD_ENTITY } from '../../lib/indicators/entities';
import { parseSourceCsv, type ColumnSpec } from './csv-text';
import { parseYear } from './fields';
import { iso3FromIso2 } from './reference-codes';
import type { Importer, IndicatorValue } from './types';
import { failedImport, ValueCollector } from './value-collector';

const COLUMNS: ColumnSpec[] = [{ name: 'id_no' }, { name: 'category' }, { name: 'iso_code' }, { name: 'date_inscribed' }];
const CATEGORIES = ['Cultural', 'Natural', 'Mixed'];

interface Site {
	year: number;
	states: string[];
}

export function worldHeritageImporter(indicatorId: string): Importer<IndicatorValue> {
	return (text, { file }) => {
		const parsed = parseSourceCsv(text, file, COLUMNS);
		if (!parsed.ok) return failedImport(parsed.problems);
		const out = new ValueCollector(file);
		const sites: Site[] = [];
		const siteLines = new Map<string, number>();
		let lastYear = 0;
		parsed.rows.values.forEach(([id, category, isoCodes, yearText], i) => {
			const line = parsed.rows.lines[i];
			const year = parseYear(yearText);
			if (!year.ok) return out.problem(line, 'date_inscribed', year);
			lastYear = Math.max(lastYear, year.value);
			const earlier = siteLines.get(id);
			if (earlier !== undefined)
				return out.problem(line, 'id_no', { message: `site ${quote(id)} is listed twice (first on line ${earlier})`, fix: 'keep one row per site' });
			siteLines.set(id, line);
			const kind = CATEGORIES.find((name) => name.toLowerCase() === category.toLowerCase());
			if (!kind) return out.problem(line, 'category', { message: `${quote(category)} is not a category`, fix: `use ${CATEGORIES.join(', ')}` });
			if (kind === 'Cultural') return;
			const states = statesOf(isoCodes);
			const fix = 'write the ISO 3166-1 alpha-2 codes of the states, comma-separated (e.g. "ZM,ZW")';
			if (states.unknown.length > 0)
				return out.problem(line, 'iso_code', { message: `${states.unknown.map(quote).join(', ')} is not the ISO2 code of a reference country`, fix });
			if (states.iso3.length === 0) return out.problem(line, 'iso_code', { message: 'no state for a natural or mixed site', fix });
			sites.push({ year: year.value, states: states.iso3 });
		});
		if (out.problems.length === 0) addCumulativeCounts(out, indicatorId, sites, lastYear);
		return out.result(parsed.rows.values.length + parsed.problems.length, parsed.problems);
	};
}

function statesOf(isoCodes: string): { iso3: string[]; unknown: string[] } {
	const codes = [
		...new Set(
			isoCodes
				.split(',')
				.map((code) => code.trim().toUpperCase())
				.filter((code) => code !== '')
		)
	];
	const iso3 = codes.map(iso3FromIso2);
	return { iso3: iso3.filter((code) => code !== undefined), unknown: codes.filter((_, i) => iso3[i] === undefined) };
}

function addCumulativeCounts(out: ValueCollector, indicatorId: string, sites: Site[], lastYear: number): void {
	const yearsBy = new Map<string, number[]>([[WORLD, []]]);
	for (const site of sites) {
		yearsBy.get(WORLD)!.push(site.year);
		for (const iso3 of site.states) yearsBy.set(iso3, [...(yearsBy.get(iso3) ?? []), site.year]);
	}
	for (const [code, years] of yearsBy) {
		years.sort((a, b) => a - b);
		let count = 0;
		for (let year = years[0]; year <= lastYear; year++) {
			while (count < years.length && years[count] <= year) count++;
			out.add({ indicator_id: indicatorId, iso3: code, year, value: count }, 0, 'iso_code', code === WORLD ? WORLD_ENTITY : null);
		}
	}
}
