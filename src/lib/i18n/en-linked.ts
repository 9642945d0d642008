/** English messages of the linked views on the convention and target pages (merged into en.ts). */
export const enLinked = {
	'linked.chooseTarget': 'Show on the map and in the table',
	'linked.allTargets': 'All targets (overall status)',
	'linked.chooseClass': 'Filter the parties table by class',
	'linked.chips': 'Chosen in the linked views',
	'linked.target': 'Target {code}',
	'linked.class': 'Class: {label}',
	'linked.remove': 'Remove “{what}”',
	'linked.mapTitle': 'Status of each country on target {code}',
	'linked.mapDescription': 'World map: each country’s status on target {code} in its {convention} report ({cycle}); countries not party are grey.',
	'linked.scope.target': 'On target {code} ({cycle})',
	'linked.scope.overall': 'Overall ({cycle})',
	'linked.summary.target': '{scope}, {scored} of {total} parties have a status: {advanced} advanced, {notStarted} not started.',
	'linked.summary.class': '{scope}, {count} of {total} parties are “{status}”: the table shows them.',
	'linked.region': 'Parties in {region}',
	'linked.scope.targetRegion': 'On target {code} ({cycle}), among the parties in {region}',
	'linked.scope.overallRegion': 'Overall ({cycle}), among the parties in {region}',
	'linked.mapHint':
		'Select a country on the map to show the parties of its region in the table below (select a country of that region again to show all). The table links to each country’s page.',
	'linked.conventionMap': 'Colour the map by'
} as const;
