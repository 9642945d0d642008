/** English messages of the convention's parties table: filters, sorting, count, CSV (merged into en.ts). */
export const enParties = {
	'parties.show': 'Show',
	'parties.show.all': 'All parties',
	'parties.show.overdue': 'Overdue only ({cycle})',
	'parties.show.late': 'Submitted late ({cycle})',
	'parties.show.not_party': 'Not a party yet at the {cycle} due date',
	'parties.shown': 'Showing {shown} of {total} parties',
	'parties.sortBy': 'Sort by {column}',
	'parties.csv': 'Download these rows (CSV)',
	'parties.csvName': '{convention} parties {cycle} {show} {region}',
	'parties.regionNote': 'Region: use the region filter at the top of the page.'
} as const;
