/**
 * The provisional framework of the 2010 biodiversity target: 7 focal areas, 11 goals and 21 targets
 * (CBD decision VII/30 annex II as refined by VIII/15 annex IV). Transcribed from the decision text; the letters A–G
 * of the focal areas are the project's own codes. The outcome indicators relevant to each target are domain
 * knowledge the pages use too: src/lib/indicators/framework.ts.
 */

import type { Level } from '../../lib/schema';

export interface FrameworkElement {
	element_id: string;
	level: Level;
	/** null for focal areas. */
	parent_id: string | null;
	code: string;
	title: string;
}

export const FOCAL_AREAS: readonly { code: string; title: string }[] = [
	{ code: 'A', title: 'Protect the components of biodiversity' },
	{ code: 'B', title: 'Promote sustainable use' },
	{ code: 'C', title: 'Address threats to biodiversity' },
	{ code: 'D', title: 'Maintain goods and services from biodiversity to support human well-being' },
	{ code: 'E', title: 'Protect traditional knowledge, innovations and practices' },
	{ code: 'F', title: 'Ensure the fair and equitable sharing of benefits arising out of the use of genetic resources' },
	{ code: 'G', title: 'Ensure provision of adequate resources' }
];

export const GOALS: readonly { code: string; focalArea: string; title: string }[] = [
	{ code: '1', focalArea: 'A', title: 'Promote the conservation of the biological diversity of ecosystems, habitats and biomes' },
	{ code: '2', focalArea: 'A', title: 'Promote the conservation of species diversity' },
	{ code: '3', focalArea: 'A', title: 'Promote the conservation of genetic diversity' },
	{ code: '4', focalArea: 'B', title: 'Promote sustainable use and consumption' },
	{ code: '5', focalArea: 'C', title: 'Pressures from habitat loss, land use change and degradation, and unsustainable water use, reduced' },
	{ code: '6', focalArea: 'C', title: 'Control threats from invasive alien species' },
	{ code: '7', focalArea: 'C', title: 'Address challenges to biodiversity from climate change, and pollution' },
	{ code: '8', focalArea: 'D', title: 'Maintain capacity of ecosystems to deliver goods and services and support livelihoods' },
	{ code: '9', focalArea: 'E', title: 'Maintain socio-cultural diversity of indigenous and local communities' },
	{ code: '10', focalArea: 'F', title: 'Ensure the fair and equitable sharing of benefits arising out of the use of genetic resources' },
	{ code: '11', focalArea: 'G', title: 'Parties have improved financial, human, scientific, technical and technological capacity to implement the Convention' }
];

export const TARGETS: readonly { code: string; goal: string; title: string }[] = [
	{
		code: '1.1',
		goal: '1',
		title: "At least 10% of each of the world's ecological regions effectively conserved"
	},
	{
		code: '1.2',
		goal: '1',
		title: 'Areas of particular importance to biodiversity protected'
	},
	{
		code: '2.1',
		goal: '2',
		title: 'Restore, maintain, or reduce the decline of populations of species of selected taxonomic groups'
	},
	{
		code: '2.2',
		goal: '2',
		title: 'Status of threatened species improved'
	},
	{
		code: '3.1',
		goal: '3',
		title:
			'Genetic diversity of crops, livestock, and of harvested species of trees, fish and wildlife and other valuable species conserved, and associated indigenous and local knowledge maintained'
	},
	{
		code: '4.1',
		goal: '4',
		title:
			'Biodiversity-based products derived from sources that are sustainably managed, and production areas managed consistent with the conservation of biodiversity'
	},
	{
		code: '4.2',
		goal: '4',
		title: 'Unsustainable consumption, of biological resources, or that impacts upon biodiversity, reduced'
	},
	{
		code: '4.3',
		goal: '4',
		title: 'No species of wild flora or fauna endangered by international trade'
	},
	{
		code: '5.1',
		goal: '5',
		title: 'Rate of loss and degradation of natural habitats decreased'
	},
	{
		code: '6.1',
		goal: '6',
		title: 'Pathways for major potential alien invasive species controlled'
	},
	{
		code: '6.2',
		goal: '6',
		title: 'Management plans in place for major alien species that threaten ecosystems, habitats or species'
	},
	{
		code: '7.1',
		goal: '7',
		title: 'Maintain and enhance resilience of the components of biodiversity to adapt to climate change'
	},
	{
		code: '7.2',
		goal: '7',
		title: 'Reduce pollution and its impacts on biodiversity'
	},
	{
		code: '8.1',
		goal: '8',
		title: 'Capacity of ecosystems to deliver goods and services maintained'
	},
	{
		code: '8.2',
		goal: '8',
		title: 'Biological resources that support sustainable livelihoods, local food security and health care, especially of poor people maintained'
	},
	{
		code: '9.1',
		goal: '9',
		title: 'Protect traditional knowledge, innovations and practices'
	},
	{
		code: '9.2',
		goal: '9',
		title:
			'Protect the rights of indigenous and local communities over their traditional knowledge, innovations and practices, including their rights to benefit-sharing'
	},
	{
		code: '10.1',
		goal: '10',
		title: 'All access to genetic resources is in line with the Convention on Biological Diversity and its relevant provisions'
	},
	{
		code: '10.2',
		goal: '10',
		title:
			'Benefits arising from the commercial and other utilization of genetic resources shared in a fair and equitable way with the countries providing such resources in line with the Convention on Biological Diversity and its relevant provisions'
	},
	{
		code: '11.1',
		goal: '11',
		title:
			'New and additional financial resources are transferred to developing country Parties, to allow for the effective implementation of their commitments under the Convention, in accordance with Article 20'
	},
	{
		code: '11.2',
		goal: '11',
		title:
			'Technology is transferred to developing country Parties, to allow for the effective implementation of their commitments under the Convention, in accordance with its Article 20, paragraph 4'
	}
];

export const focalAreaId = (code: string) => `fa${'ABCDEFG'.indexOf(code) + 1}`;
export const goalId = (code: string) => `g${code}`;
export const targetId = (code: string) => `t${code}`;

/** Every element in framework order: each focal area, then each of its goals followed by that goal's targets. */
export const FRAMEWORK: readonly FrameworkElement[] = FOCAL_AREAS.flatMap((area) => [
	{ element_id: focalAreaId(area.code), level: 'focal_area' as const, parent_id: null, code: area.code, title: area.title },
	...GOALS.filter((goal) => goal.focalArea === area.code).flatMap((goal) => [
		{ element_id: goalId(goal.code), level: 'goal' as const, parent_id: focalAreaId(area.code), code: goal.code, title: goal.title },
		...TARGETS.filter((target) => target.goal === goal.code).map((target) => ({
			element_id: targetId(target.code),
			level: 'target' as const,
			parent_id: goalId(goal.code),
			code: target.code,
			title: target.title
		}))
	])
]);
