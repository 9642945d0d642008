/** English messages of the target pages, the site search and the breadcrumbs (merged into en.ts). */
export const enTarget = {
	'nav.targets': 'Targets',
	'breadcrumb.label': 'Breadcrumb',

	'search.label': 'Search',
	'search.placeholder': 'Country, convention or target',
	'search.results': 'Search results',
	'search.count': '{count} results; arrow keys to choose, Enter to open.',
	'search.count.one': '1 result; Enter to open.',
	'search.none': 'Nothing found for “{query}”.',
	'search.kind.country': 'Country',
	'search.kind.convention': 'Convention',

	'target.level.target': 'Target {code}',
	'target.level.goal': 'Goal {code}',
	'target.level.focal_area': 'Focal area {code}',
	'target.level.target.text': 'target {code}',
	'target.level.goal.text': 'goal {code}',
	'target.level.focal_area.text': 'focal area {code}',
	'target.title': '{name}: status by convention and reporting cycle — 2010 biodiversity target',
	'target.heading': '{name}: {title}',
	'target.place.heading': 'Place in the framework',
	'target.place.goal': 'Goal',
	'target.place.focal_area': 'Focal area',
	'target.place.children.goal': 'Targets under this goal',
	'target.place.children.focal_area': 'Goals under this focal area',
	'target.place.rollup.goal': 'Its status is the mean of its targets with data.',
	'target.place.rollup.focal_area': 'Its status is the mean of its goals with data; a goal’s is the mean of its targets.',

	'target.filter.convention': 'Convention',
	'target.filter.allConventions': 'All conventions',
	'target.filter.cycle': 'Reporting cycle',
	'target.filter.latest': 'Latest: {cycle}',
	'target.filter.cycleNeedsConvention': 'Choose a convention to pick its cycle; each convention shows its latest.',
	'target.summary.heading': 'Summary',
	'target.summary.where': ' in {region}',
	'target.summary.progress':
		'Under {convention} ({cycle}), {progressing} of {reporting} reporting parties are in progress or advanced on {element}.',
	'target.summary.missing': '{count} of them have no data for it.',
	'target.summary.noData':
		'Under {convention} ({cycle}), none of the {reporting} reporting parties has a scored answer for {element}.',
	'target.summary.noReports': 'Under {convention} ({cycle}), no party submitted a report.',
	'target.summary.progress.region':
		'Under {convention} ({cycle}), {progressing} of {reporting} reporting parties in {region} are in progress or advanced on {element}.',
	'target.summary.noData.region':
		'Under {convention} ({cycle}), none of the {reporting} reporting parties in {region} has a scored answer for {element}.',
	'target.summary.noReports.region': 'Under {convention} ({cycle}), no party in {region} submitted a report.',

	'target.status.title': 'Status by convention and reporting cycle',
	'target.status.description':
		'Horizontal bars, one per convention and reporting cycle: the status of {element} on a scale from 0 to 1 (the mean over the countries with data), with the number of countries behind it. Dashed lines mark the class boundaries {boundaries}.',
	'target.status.axis': 'Score (0 = not started, 1 = fully implemented)',
	'target.status.bar': '{convention}, {cycle}: {status}, score {score}, {countries} countries with data of {reports} reporting',
	'target.status.bar.none': '{convention}, {cycle}: no data ({reports} reporting)',
	'target.status.noData': 'No data ({reports} reporting)',
	'target.status.countries': '{count} countries',
	'target.status.hint': 'Choose a convention and cycle: click its bar, or use the filters above.',
	'target.status.select': 'Show {convention}, {cycle}',
	'target.status.rule':
		'A convention’s status for a target is the mean over the countries with data; a goal is the mean of its targets, a focal area the mean of its goals.',

	'target.map.title': 'Status of {element} by country: {convention}, {cycle}',
	'target.map.description':
		'World map: each country’s status on {element} in its {convention} report (colour and symbol); parties that did not report have no data, other countries are not party.',
	'target.map.first': 'The map shows {convention} until a convention is chosen above.',
	'target.map.hint': 'Select a country on the map to open its page; the search box finds it too.',
	'target.map.note.noReport': 'no report submitted',
	'target.map.note.noScore': 'report without a scored answer',

	'target.col.convention': 'Convention',
	'target.col.cycle': 'Cycle',
	'target.col.year': 'Year',
	'target.col.status': 'Status',
	'target.col.score': 'Score',
	'target.col.countries': 'Countries with data',
	'target.col.reports': 'Reports submitted',
	'target.col.question': 'Question',
	'target.col.text': 'Wording',
	'target.col.answers': 'Answers (reports, share)',
	'target.col.notApplicable': 'Not applicable',
	'target.col.noAnswer': 'No answer',

	'target.crosswalk.heading': 'The crosswalk: report questions that speak to {element}',
	'target.crosswalk.intro':
		'Each convention asks its own questions in its own format. These are the questions that the crosswalk maps to {element}{below}, and how the submitted reports answered them. Shares are of the submitted reports; “not applicable” answers are shown apart and are not scored.',
	'target.crosswalk.below': ' or to a target under it',
	'target.crosswalk.counts': '{questions}; {reports}{where}.',
	'target.crosswalk.none': 'No question of this report format is mapped to {element}.',
	'target.crosswalk.questions': 'Wording, answer scale and targets of the {count} questions',
	'target.crosswalk.scale': 'Answer scale:',
	'target.crosswalk.targets': 'Mapped to target {codes}',
	'target.crosswalk.notApplicable': 'not scored',
	'target.answers.title': 'Answers in {convention}, {cycle}',
	'target.answers.description':
		'One stacked bar per question: the share of submitted reports giving each answer, from the lowest-scoring answer to the highest (coloured like the status class of its score), then “not applicable” (grey) and no answer (white).',
	'target.answers.axis': 'Submitted reports (%)',
	'target.answers.segment': '{question}: {answer}, {count} of {reports} reports ({share})',
	'target.answers.noAnswer': 'No answer',
	'target.answers.noReports': 'No report submitted',

	'target.indicators.heading': 'Indicators named by the framework',
	'target.indicators.intro': 'The framework (decisions VII/30 and VIII/15) lists these outcome indicators as informing {element}:',
	'target.indicators.none': 'The framework lists no outcome indicator for {element}.',

	'targets.title': 'Targets: the 2010 framework with each element’s status by convention',
	'targets.heading': 'Targets of the 2010 framework',
	'targets.intro':
		'7 focal areas, 11 goals and 21 targets. Each element shows its status under each convention in that convention’s latest reporting cycle; open an element for its cycles, its map and the report questions behind it.',
	'targets.chip': '{convention}: {status}, score {score}, {countries} countries',
	'targets.chip.none': '{convention}: no data',
	'targets.cycles': 'Latest cycles: {cycles}.'
} as const;
