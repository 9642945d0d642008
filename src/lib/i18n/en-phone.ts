/** English messages of the small-screen layout: the collapsed menu, the compact notice (merged into en.ts). */
export const enPhone = {
	'nav.menu': 'Menu',
	'sample.more': 'What this means',
	'map.list': 'Countries as a list, to tap ({count})'
} as const;
