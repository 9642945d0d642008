/** English messages of the printed briefing of the country, convention and target pages (merged into en.ts). */
export const enPrint = {
	'print.button': 'Print briefing',
	'print.kind': 'Briefing',
	'print.printed': 'Printed',
	'print.version': 'Data version',
	'print.version.value': '{version}, built {built}',
	'print.vintage': 'Reports submitted up to',
	'print.permalink': 'This view online',
	'print.scope.convention': 'Convention',
	'print.scope.allConventions': 'All conventions',
	'print.scope.cycle': 'Reporting cycle',
	'print.scope.latestCycle': 'Latest cycle of each convention',
	'print.sources': 'Sources',
	'print.method': 'How status is scored',
	'print.method.classes': 'Status classes',
	'print.method.class': '{status}: {range}',
	'print.method.more': 'The full method, with the data contract, is on the Methodology page: {url}'
} as const;
