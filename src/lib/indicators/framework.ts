/**
 * The outcome indicators decisions VII/30 and VIII/15 list as relevant to each target of the 2010 framework
 * (not part of framework.csv, whose wording the pipeline transcribes in src/pipeline/reference/framework.ts), and
 * the list a framework element's page shows.
 */

/** Relevant outcome indicators per target element id (e.g. `t1.1`). */
export const TARGET_INDICATORS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
	[
		't1.1',
		['Coverage of protected areas', 'Trends in extent of selected biomes, ecosystems and habitats', 'Trends in abundance and distribution of selected species']
	],
	[
		't1.2',
		['Trends in extent of selected biomes, ecosystems and habitats', 'Trends in abundance and distribution of selected species', 'Coverage of protected areas']
	],
	['t2.1', ['Trends in abundance and distribution of selected species', 'Change in status of threatened species']],
	['t2.2', ['Change in status of threatened species', 'Trends in abundance and distribution of selected species', 'Coverage of protected areas']],
	[
		't3.1',
		[
			'Trends in genetic diversity of domesticated animals, cultivated plants, and fish species of major socio-economic importance',
			'Biodiversity used in food and medicine',
			'Trends in abundance and distribution of selected species'
		]
	],
	['t4.1', ['Area of forest, agricultural and aquaculture ecosystems under sustainable management', 'Proportion of products derived from sustainable sources']],
	['t4.2', ['Ecological footprint and related concepts']],
	['t4.3', ['Change in status of threatened species']],
	[
		't5.1',
		['Trends in extent of selected biomes, ecosystems and habitats', 'Trends in abundance and distribution of selected species', 'Marine Trophic Index']
	],
	['t6.1', ['Trends in invasive alien species']],
	['t6.2', ['Trends in invasive alien species']],
	['t7.1', ['Connectivity/fragmentation of ecosystems']],
	['t7.2', ['Nitrogen deposition', 'Water quality of freshwater ecosystems']],
	[
		't8.1',
		['Biodiversity used in food and medicine', 'Water quality of freshwater ecosystems', 'Marine Trophic Index', 'Incidence of human-induced ecosystem failure']
	],
	['t8.2', ['Health and well-being of communities who depend directly on local ecosystem goods and services', 'Biodiversity used in food and medicine']],
	[
		't9.1',
		[
			'Status and trends of linguistic diversity and numbers of speakers of indigenous languages',
			'Other indicator of the status of indigenous and traditional knowledge'
		]
	],
	['t9.2', ['Indicator to be developed']],
	['t10.1', ['Indicator of access and benefit-sharing (to be developed)']],
	['t10.2', ['Indicator of access and benefit-sharing (to be developed)']],
	['t11.1', ['Official development assistance provided in support of the Convention']],
	['t11.2', ['Indicator of technology transfer (to be developed)']]
]);

/** The outcome indicators the framework names for a target element (e.g. `t1.1`). */
export const targetIndicators = (element: string): readonly string[] => TARGET_INDICATORS.get(element) ?? [];

/** The outcome indicators a framework element's page lists: those of the element and of every element below it. */
export function frameworkIndicators(framework: { element_id: string; parent_id: string | null }[], id: string): string[] {
	const below = (parent: string): string[] => [parent, ...framework.filter((row) => row.parent_id === parent).flatMap((row) => below(row.element_id))];
	return [...new Set(below(id).flatMap(targetIndicators))];
}
