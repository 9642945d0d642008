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
	'linked.conventionMap': 'Colour the map by'
} as const;
