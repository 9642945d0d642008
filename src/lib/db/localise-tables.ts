/**
 * The data's own labels in the page's language: after a table is loaded, its display names (country,
 * framework wording, convention, indicator and entity names) are replaced by the catalogue's, so every
 * query, chart and table shows them without knowing about languages. Keys (ids, ISO codes, the English
 * region names used in URLs) never change.
 */
import countryCodes from 'i18n-iso-countries';
import { sql, identifier, SqlFragment, type SqlQuery } from './sql';
import type { Catalogue } from '../i18n/catalogue';

type Labels = Record<string, string>;

/** The statements that relabel `table` for the catalogue's language (none for English or unlabelled tables). */
export function localiseTable(table: string, catalogue: Catalogue): SqlQuery[] {
	const { data } = catalogue;
	switch (table) {
		case 'countries':
			return relabel(table, 'iso3', 'name', countryNames(catalogue));
		case 'framework':
			return relabel(table, 'element_id', 'title', data.framework);
		case 'conventions':
			return relabel(table, 'convention_id', 'name', data.conventions);
		case 'indicators':
			return relabel(table, 'indicator_id', 'name', data.indicators);
		case 'indicator_entities':
			return [...relabel(table, 'code', 'name', countryNames(catalogue)), ...relabel(table, 'name', 'name', data.entities)];
		default:
			return [];
	}
}

/** ISO alpha-3 → the country's name in the catalogue's language, from i18n-iso-countries. */
export function countryNames(catalogue: Catalogue): Labels {
	const names = catalogue.countryNames;
	if (!names) return {};
	countryCodes.registerLocale(names);
	const labels: Labels = {};
	for (const alpha3 of Object.keys(countryCodes.getAlpha3Codes())) {
		const name = countryCodes.getName(alpha3, catalogue.locale, { select: 'official' });
		if (name) labels[alpha3] = name;
	}
	return labels;
}

function relabel(table: string, key: string, column: string, labels: Labels): SqlQuery[] {
	const entries = Object.entries(labels);
	if (entries.length === 0) return [];
	const list = new SqlFragment(entries.map(() => '(?, ?)').join(', '), entries.flat());
	return [
		sql`UPDATE ${identifier(table)} SET ${identifier(column)} = labels.label
			FROM (VALUES ${list}) AS labels(key, label)
			WHERE ${identifier(table)}.${identifier(key)} = labels.key`
	];
}
