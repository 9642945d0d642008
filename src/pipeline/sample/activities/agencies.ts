/**
 * The Heads of Agencies Task Force on the 2010 target (its real members) and, per agency, the kinds of work the
 * illustrative sample gives it: a title, the target elements it supports, and what went well or badly. The
 * programmes are plausible, not records of real projects; the sample is marked illustrative everywhere.
 */
import type { AgencyKind } from '../../../core/contract/activity-contract';

export interface SampleAgency {
	agency_id: string;
	name: string;
	kind: AgencyKind;
	/** About how many activities the agency has in the sample. */
	weight: number;
}

export interface Programme {
	title: string;
	/** Targets (t…), goals (g…) or focal areas (fa…) the work supports. */
	elements: readonly string[];
	developments: readonly string[];
	obstacles: readonly string[];
}

export const SAMPLE_AGENCIES: readonly SampleAgency[] = [
	{ agency_id: 'cbd-secretariat', name: 'Secretariat of the Convention on Biological Diversity', kind: 'secretariat', weight: 14 },
	{ agency_id: 'ramsar-secretariat', name: 'Ramsar Convention Secretariat', kind: 'secretariat', weight: 10 },
	{ agency_id: 'cms-secretariat', name: 'Secretariat of the Convention on Migratory Species', kind: 'secretariat', weight: 8 },
	{ agency_id: 'unep', name: 'United Nations Environment Programme', kind: 'un_agency', weight: 18 },
	{ agency_id: 'unctad', name: 'United Nations Conference on Trade and Development', kind: 'un_agency', weight: 6 },
	{ agency_id: 'wwf', name: 'WWF', kind: 'ngo', weight: 15 },
	{ agency_id: 'iucn', name: 'International Union for Conservation of Nature', kind: 'ngo', weight: 16 },
	{ agency_id: 'ipgri', name: 'International Plant Genetic Resources Institute (now Bioversity International)', kind: 'research', weight: 6 }
];

const FUNDING = 'Funding for the second phase is not yet secured';
const DATA = 'Baseline data are missing or out of date in several countries';
const CAPACITY = 'Few trained staff in national agencies';
const COORDINATION = 'Ministries responsible do not coordinate';

export const PROGRAMMES: Readonly<Record<string, readonly Programme[]>> = {
	'cbd-secretariat': [
		{
			title: 'Capacity-building workshops on national biodiversity strategies',
			elements: ['g11'],
			developments: ['Updated national strategies adopted in several countries'],
			obstacles: [CAPACITY, FUNDING]
		},
		{
			title: 'Programme of work on protected areas: regional workshops',
			elements: ['t1.1', 't1.2'],
			developments: ['Gap analyses of protected-area systems completed'],
			obstacles: [FUNDING, COORDINATION]
		},
		{
			title: 'Clearing-house mechanism support',
			elements: ['t11.2'],
			developments: ['National clearing-house sites online'],
			obstacles: ['Sites not kept up to date after launch']
		},
		{
			title: 'Access and benefit-sharing negotiations support',
			elements: ['fa6'],
			developments: ['Draft elements of an international regime agreed'],
			obstacles: ['Positions of providers and users remain far apart']
		},
		{
			title: 'Traditional knowledge: Article 8(j) workshops',
			elements: ['g9'],
			developments: ['Indigenous and local community participation increased'],
			obstacles: ['Travel funding for community representatives is short']
		}
	],
	'ramsar-secretariat': [
		{
			title: 'Wetland site designation and management planning',
			elements: ['t1.2', 't5.1'],
			developments: ['New Ramsar sites designated with management plans'],
			obstacles: ['Management plans not implemented for lack of staff', FUNDING]
		},
		{
			title: 'Wise use of wetlands: river basin guidance',
			elements: ['t8.1', 't5.1'],
			developments: ['River basin authorities adopted the guidance'],
			obstacles: ['Water allocation decided without wetland needs', COORDINATION]
		},
		{ title: 'Wetland inventory and monitoring', elements: ['t1.1'], developments: ['National wetland inventories started'], obstacles: [DATA] }
	],
	'cms-secretariat': [
		{
			title: 'Migratory waterbird flyway conservation',
			elements: ['t2.1', 't2.2'],
			developments: ['Flyway site network extended'],
			obstacles: ['Illegal hunting along the flyway', DATA]
		},
		{
			title: 'Marine turtle memorandum of understanding',
			elements: ['t2.2'],
			developments: ['Nesting beaches protected in signatory states'],
			obstacles: ['By-catch in fisheries remains high']
		},
		{
			title: 'Saiga antelope and Sahelo-Saharan antelopes action plans',
			elements: ['t2.2'],
			developments: ['Poaching patrols established'],
			obstacles: ['Range states lack resources for enforcement']
		}
	],
	unep: [
		{
			title: 'Biodiversity indicators partnership',
			elements: ['g1', 'g2'],
			developments: ['Global indicators for the 2010 target published'],
			obstacles: [DATA]
		},
		{
			title: 'Ecosystem assessment for decision makers',
			elements: ['fa4'],
			developments: ['Sub-global assessments completed'],
			obstacles: ['Findings not taken up in national planning']
		},
		{
			title: 'Protected-area database and coverage statistics',
			elements: ['t1.1'],
			developments: ['World database on protected areas updated'],
			obstacles: ['Countries report late or incompletely']
		},
		{
			title: 'Pollution and nutrient load reduction in coastal waters',
			elements: ['t7.2'],
			developments: ['Regional seas action plans adopted'],
			obstacles: ['Agricultural run-off keeps rising']
		},
		{
			title: 'Climate change and biodiversity adaptation pilots',
			elements: ['t7.1'],
			developments: ['Adaptation plans include ecosystems'],
			obstacles: ['Short project cycles']
		},
		{ title: 'Environmental law and institutions support', elements: ['t11.1'], developments: ['Framework laws drafted'], obstacles: [COORDINATION] }
	],
	unctad: [
		{
			title: 'BioTrade initiative',
			elements: ['t4.1', 't4.2'],
			developments: ['Native-species products certified for export'],
			obstacles: ['Certification costs too high for small producers']
		},
		{
			title: 'Trade and biodiversity policy dialogue',
			elements: ['t4.3'],
			developments: ['Trade ministries engaged'],
			obstacles: ['Trade rules take precedence in national policy']
		}
	],
	wwf: [
		{
			title: 'Forest certification and responsible trade',
			elements: ['t4.1'],
			developments: ['Certified forest area grew'],
			obstacles: ['Demand for certified timber is limited']
		},
		{
			title: 'Species recovery programme',
			elements: ['t2.1', 't2.2'],
			developments: ['Populations of flagship species stabilised'],
			obstacles: ['Poaching and habitat loss continue outside reserves']
		},
		{
			title: 'Freshwater ecoregion conservation',
			elements: ['t5.1', 't1.1'],
			developments: ['Basin-wide conservation plans agreed'],
			obstacles: ['Dam construction proceeds without assessment']
		},
		{ title: 'Living Planet monitoring', elements: ['g2'], developments: ['Population trends published'], obstacles: [DATA] },
		{
			title: 'Sustainable fisheries partnership',
			elements: ['t4.2'],
			developments: ['Fisheries entered certification'],
			obstacles: ['Overfishing by fleets outside the scheme']
		}
	],
	iucn: [
		{
			title: 'Red List assessments',
			elements: ['t2.2'],
			developments: ['More species groups fully assessed'],
			obstacles: ['Few assessors for invertebrates and plants']
		},
		{
			title: 'Protected-area management effectiveness',
			elements: ['t1.1', 't1.2'],
			developments: ['Management effectiveness assessed in many sites'],
			obstacles: [CAPACITY]
		},
		{
			title: 'Invasive species specialist group support',
			elements: ['t6.1', 't6.2'],
			developments: ['Pathway management guidance published'],
			obstacles: ['Border controls do not check for invasive species']
		},
		{ title: 'Environmental law programme', elements: ['t10.1'], developments: ['Model legislation shared'], obstacles: ['Slow legislative processes'] },
		{
			title: 'Livelihoods and landscapes',
			elements: ['t8.2', 'g9'],
			developments: ['Community-managed areas expanded'],
			obstacles: ['Land tenure is insecure']
		}
	],
	ipgri: [
		{
			title: 'Crop genetic resources conservation',
			elements: ['t3.1'],
			developments: ['Genebank collections regenerated'],
			obstacles: ['Genebank funding is unstable']
		},
		{
			title: 'On-farm conservation of traditional varieties',
			elements: ['t3.1', 't9.2'],
			developments: ['Farmers kept local varieties in cultivation'],
			obstacles: ['Market pressure towards uniform varieties']
		},
		{
			title: 'Access to plant genetic resources under the International Treaty',
			elements: ['t10.2'],
			developments: ['Material transfers under the standard agreement'],
			obstacles: ['Benefit-sharing payments have not started']
		}
	]
};
