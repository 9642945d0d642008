/** English messages of the "not found" page (merged into en.ts). */
export const enNotFound = {
	'notFound.title': 'Page not found',
	'notFound.heading': 'Page not found',
	'notFound.intro': 'There is no page at this address. It may have been mistyped, or the page may not exist in this edition.',
	'notFound.suggest': 'Did you mean {name}?',
	'notFound.redirecting': 'Opening {name}…',
	'notFound.search': 'Use the search at the top of the page to find a country, a convention or a target.',
	'notFound.home': 'Go to the overview',
	'notFound.list.countries': 'All countries',
	'notFound.list.conventions': 'All conventions',
	'notFound.list.targets': 'All targets'
} as const;
