/** The five biodiversity-related conventions of the Biodiversity Liaison Group, with their full names. */

export type ConventionId = 'cbd' | 'cites' | 'cms' | 'ramsar' | 'whc';

export interface Convention {
	convention_id: ConventionId;
	name: string;
	short_name: string;
}

export const CONVENTIONS: readonly Convention[] = [
	{ convention_id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
	{
		convention_id: 'cites',
		name: 'Convention on International Trade in Endangered Species of Wild Fauna and Flora',
		short_name: 'CITES'
	},
	{ convention_id: 'cms', name: 'Convention on the Conservation of Migratory Species of Wild Animals', short_name: 'CMS' },
	{
		convention_id: 'ramsar',
		name: 'Convention on Wetlands of International Importance especially as Waterfowl Habitat',
		short_name: 'Ramsar'
	},
	{
		convention_id: 'whc',
		name: 'Convention concerning the Protection of the World Cultural and Natural Heritage',
		short_name: 'WHC'
	}
];

export const CONVENTION_IDS: readonly ConventionId[] = CONVENTIONS.map((convention) => convention.convention_id);
