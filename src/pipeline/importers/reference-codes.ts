/**
 * Country codes as the importers accept them: the ISO3 codes of the reference countries, a few codes sources
 * use for the same country, and ISO2 → ISO3 (world-countries, the package the reference countries come from).
 */
import worldCountries from 'world-countries';
import { COUNTRIES } from '../reference/countries';

const REFERENCE_ISO3 = new Set(COUNTRIES.map((country) => country.iso3));

/** Kosovo has no ISO code: the World Bank writes XKX, OWID OWID_KOS, world-countries (the reference) UNK. */
const ISO3_ALIASES: ReadonlyMap<string, string> = new Map([
	['XKX', 'UNK'],
	['OWID_KOS', 'UNK']
]);

/** The reference ISO3 for a source's country code, or undefined when it is not a reference country. */
export function countryIso3(code: string): string | undefined {
	const iso3 = ISO3_ALIASES.get(code) ?? code;
	return REFERENCE_ISO3.has(iso3) ? iso3 : undefined;
}

/** Countries a source lists without a code, by the name it uses (OWID's Red List Index lost BLM's code and accent). */
const ISO3_BY_NAME: ReadonlyMap<string, string> = new Map([['Saint Barthlemy', 'BLM']]);

export function countryIso3ByName(name: string): string | undefined {
	return ISO3_BY_NAME.get(name);
}

const ISO3_BY_ISO2: ReadonlyMap<string, string> = new Map(
	worldCountries.filter((entry) => REFERENCE_ISO3.has(entry.cca3)).map((entry) => [entry.cca2, entry.cca3])
);

export function iso3FromIso2(iso2: string): string | undefined {
	return ISO3_BY_ISO2.get(iso2.toUpperCase());
}
