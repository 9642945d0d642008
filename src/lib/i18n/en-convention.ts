/** English messages of the convention pages (merged into en.ts), the world map and the matrix's links. */
export const enConvention = {
	'nav.conventions': 'Conventions',
	'conventions.title': 'Conventions: reporting and status towards the 2010 target',
	'conventions.heading': 'Conventions',
	'conventions.intro':
		'The five biodiversity-related conventions whose national reports this dashboard harmonises. Open one for its status by target, reporting rate, map and parties.',
	'conventions.parties': '{count} parties',
	'conventions.latest': 'latest cycle: {cycle}',

	'convention.title': '{name}: status by target, reporting and parties',
	'convention.titleScoped': '{name}, {cycle}, {region}: status by target, reporting and parties',
	'convention.intro': 'National reports to the {name}, scored against the targets of the 2010 framework.',
	'convention.what': 'the convention data',
	'convention.cycle': 'Reporting cycle',
	'convention.cycle.option': '{label} (due {due})',
	'convention.scope': 'Showing the {cycle}, all regions.',
	'convention.scope.region': 'Showing the {cycle}, parties in {region}.',
	'convention.summary': 'Summary',
	'convention.summary.reporting': '{submitted} of the {expected} reports expected in the {cycle} were submitted ({rate}); {overdue} are overdue.',
	'convention.summary.noReports': 'No report was expected in the {cycle}.',
	'convention.summary.overall':
		'The {countries} countries with a status have a mean overall status of {score} ({status}): {advanced} advanced, {notStarted} not started.',
	'convention.summary.noStatus': 'No country has a status in this cycle.',
	'convention.summary.best': 'Target {code} has the largest share of countries at an advanced stage ({count} of {total}).',
	'convention.summary.noData': '{count} of {targets} targets have no data from any country.',
	'convention.source': 'national reports to {convention}; scoring rule on the Methodology page',

	'stack.title': 'Status by target: countries in each class',
	'stack.description':
		'One stacked bar per target, grouped by goal: how many of the countries that reported in the cycle are in each status class (no data: reported, but no scored answer for the target).',
	'stack.axis': 'Countries that reported',
	'stack.segment': 'Target {code}: {count} of {total} countries {status} ({share})',
	'stack.col.target': 'Target',
	'stack.col.total': 'Countries',

	'map.title': 'Overall status of each country',
	'map.description':
		'World map: each country’s overall status under {convention} in the {cycle}, the mean of its target statuses, by colour and, where the country is large enough, symbol. Hatched: no data; white: not a party.',
	'map.key': 'Map key (number of countries)',
	'map.category.not_party': 'Not a party',
	'map.outside': 'Outside the selected region',
	'map.country': '{country}: {status}',
	'map.country.score': '{country}: {status}, score {score}',
	'map.col.country': 'Country',
	'map.col.status': 'Status',
	'map.col.score': 'Score',
	'map.col.note': 'Based on',
	'map.note.targets': 'mean of {count} targets',
	'map.note.noScore': 'report without a scored answer',
	'map.hint': 'Select a country on the map to open its page. The parties table below lists the same statuses, with links.',

	'parties.title': 'Parties and their reports',
	'parties.caption': 'Parties to {convention}: date joined, overall status in the {cycle} and the report of each cycle',
	'parties.count': '{count} parties',
	'parties.col.country': 'Country',
	'parties.col.joined': 'Party since',
	'parties.col.status': 'Overall status',
	'parties.note': 'Late: submitted after the due date. Overdue: expected, not submitted, and the due date had passed when the data was built ({date}).',
	'parties.filter': 'Show',
	'parties.filter.all': 'All parties',
	'parties.filter.missing': 'Only parties with an overdue or late report',
	'parties.none': 'No party in this selection.',

	'overview.lenses': 'Column headers open each convention’s page, a clicked cell its target. More:',
	'matrix.details': 'Details of {convention}, target {code}',
	'matrix.openTarget': 'Target {code} under {convention}',
	'matrix.conventionLink': '{name}: status by target, reporting and parties'
} as const;
