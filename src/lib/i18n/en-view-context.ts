/** English messages of what a view shows: the context of chart downloads, and unknown URL filters (merged into en.ts). */
export const enViewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (id)',
	'filter.unknown.region': "Unknown region '{value}' — showing all regions.",
	'filter.unknown.convention': "Unknown convention '{value}' — showing all conventions.",
	'filter.unknown.cycle': "Unknown reporting cycle '{value}' — showing the latest cycle.",
	'filter.unknown.label': 'Filter not applied'
} as const;
