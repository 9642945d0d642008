/** English messages of what a view shows and how its data leaves the site: chart download context, CSV format, unknown URL filters (merged into en.ts). */
export const enViewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (id)',
	'filter.unknown.region': "Unknown region '{value}' — showing all regions.",
	'filter.unknown.convention': "Unknown convention '{value}' — showing all conventions.",
	'filter.unknown.cycle': "Unknown reporting cycle '{value}' — showing the latest cycle.",
	'filter.unknown.label': 'Filter not applied',
	'download.csvFormat':
		'Every CSV file of the site (here and under each chart) is UTF-8 with a byte-order mark, comma-separated, one line per row. Text that starts with =, +, -, @ or a tab gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula; numbers are plain numbers.'
} as const;
