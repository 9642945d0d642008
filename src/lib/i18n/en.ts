/** English UI text. A translation is a file with the same keys; `{name}` marks a placeholder. */
import { enConvention } from './en-convention';
import { enCountry } from './en-country';
import { enTarget } from './en-target';
import { enIndicator } from './en-indicator';
import { enShare } from './en-share';
import { enPrint } from './en-print';
import { enViewContext } from './en-view-context';
import { enSql } from './en-sql';
import { enNotFound } from './en-not-found';
import { enOpen } from './en-open';
import { enPhone } from './en-phone';
import { enParties } from './en-parties';
import { enSmall } from './en-small';
import { enActivities } from './en-activities';
import { enOutcomes } from './en-outcomes';
import { enReport } from './en-report';
import { enChanges } from './en-changes';
import { enLinked } from './en-linked';

const core = {
	'site.title': '2010 Biodiversity Target',
	'site.subtitle': 'progress of five conventions',
	'site.skip': 'Skip to content',
	'nav.label': 'Main',
	'nav.overview': 'Overview',
	'nav.methodology': 'Methodology',
	'language.label': 'Language',
	'framework.unofficial':
		'The wording of the 2010 framework on this page is an unofficial translation; the official texts are COP decisions VII/30 and VIII/15.',

	'status.not_started': 'Not started',
	'status.early': 'Early stages',
	'status.in_progress': 'In progress',
	'status.advanced': 'Advanced',
	'status.no_data': 'No data',
	'legend.title': 'Status classes',

	'sample.label': 'About the data',
	'sample.notice': 'Illustrative data, not real national reports.',
	'sample.explain': 'Generated sample: the numbers show how the dashboard works, not how any country is doing.',
	'data.vintage': 'Reports submitted up to {date}',
	'data.built': 'data built {date}',
	'data.kind.sample': 'Sample data',
	'data.kind.real': 'National reports',
	'data.kind.realSource': 'real',
	'data.kind.sampleSource': 'illustrative sample',
	'data.missing': 'The data of this edition are not available.',
	'footer.sources': 'Sources: {sources}',

	'state.loading': 'Loading {what}…',
	'state.error': 'Could not load {what}.',
	'state.retry': 'Retry',
	'engine.starting': 'Starting the query engine for filters…',
	'engine.updating': 'Updating the charts…',
	'engine.ready': 'Filters ready.',
	'engine.error': 'Filters are unavailable: the query engine could not start or load its data. The numbers shown are from the build.',
	'engine.viewError': 'Could not update the view for these filters.',
	'filter.region': 'Region',
	'filter.allRegions': 'All regions',
	'filter.label': 'Filters',
	'overview.scope.region': 'Showing parties in {region}.',

	'chart.showTable': 'Show data table',
	'export.label': 'Download',
	'download.title': 'Download the data: every table as Parquet and CSV, with its manifest',
	'download.heading': 'Download the data',
	'download.intro':
		'Every table the dashboard shows is here, exactly as the pipeline wrote it, as Parquet (for DuckDB, pandas, R, Arrow) and as CSV. manifest.json lists each file with its rows, size and SHA-256 checksum, the build date and whether the data is the illustrative sample.',
	'download.table': 'Table',
	'download.rows': 'Rows',
	'download.columns': 'Columns',
	'download.parquet': 'Parquet',
	'download.csv': 'CSV',
	'download.csvTooLarge': 'Parquet only (over {rows} rows)',
	'download.manifest': 'manifest.json: the list of files with checksums',
	'download.caption': 'Tables of this build',
	'nav.download': 'Download',
	'export.csv': 'CSV',
	'export.svg': 'SVG',
	'export.png': 'PNG',
	'export.csvOf': 'Download the data of “{title}” as CSV',
	'export.svgOf': 'Download “{title}” as SVG',
	'export.pngOf': 'Download “{title}” as PNG',
	'export.version': 'Data version {built} ({kind})',
	'chart.hideTable': 'Hide data table',
	'chart.source': 'Source: {source}',
	'chart.error': 'The chart could not be drawn ({message}); the data table below has its numbers.',

	'overview.title': 'Overview: progress towards the 2010 biodiversity target by convention',
	'overview.heading': 'Progress towards the 2010 biodiversity target',
	'overview.intro':
		'National reports of five biodiversity conventions, scored against the 21 targets of the 2010 framework. Each convention is shown in its latest reporting cycle.',
	'overview.what': 'the overview data',
	'overview.summary': 'Summary',
	'overview.matrix.heading': 'Status by target and convention',
	'overview.source': 'national reports to CBD, CITES, CMS, Ramsar and WHC; scoring rule on the Methodology page',

	'headline.heading': 'Headline figures',
	'headline.parties': 'Parties',
	'headline.parties.note': 'countries party to at least one convention',
	'headline.due': 'Reports due',
	'headline.due.note': 'in each convention’s latest cycle',
	'headline.submitted': 'Reports submitted',
	'headline.rate': 'Reporting rate',
	'headline.rate.note': '{submitted} of {due} reports',
	'headline.classes': 'Targets by status',
	'headline.classes.note': 'share of {cells} convention × target cells, latest cycle',
	'headline.classes.leftOut': 'left out of the shares',
	'summary.reporting': '{rate} of the {due} reports due in the conventions’ latest cycles were submitted.',
	'summary.classes': 'Of {cells} convention × target cells, {advanced} are advanced and {notStarted} not started; {noData} have no data.',
	'summary.best': 'Highest reporting rate in a latest cycle: {convention} ({rate}, {cycle}).',

	'matrix.caption': 'Status by target and convention, latest reporting cycle',
	'matrix.target': 'Target',
	'matrix.focalArea': 'Focal area {code}: {title}',
	'matrix.goal': 'Goal {code}: {title}',
	'matrix.targetCode': 'Target {code}',
	'matrix.cell': '{convention}, target {code}: {status}',
	'matrix.cell.score': '{convention}, target {code}: {status}, score {score}, {countries} countries',
	'matrix.countries': '{count} countries with data',
	'matrix.score': 'Score {score}',
	'matrix.cycle': 'Cycle: {cycle}',
	'matrix.scrollHint': 'Scroll sideways to see every convention.',
	'matrix.keyHint': 'Arrow keys move between cells, Home and End to the ends of a row; Enter shows or opens a cell.',

	'reporting.title': 'Reporting rate by convention and cycle',
	'reporting.description':
		'Horizontal bars, one per convention and reporting cycle: the share of expected national reports that were submitted, from 0 to 100%.',
	'reporting.axis': 'Reports submitted (%)',
	'reporting.bar': '{convention}, {cycle} ({year}): {rate} submitted ({submitted} of {expected})',
	'reporting.none': '{convention}, {cycle} ({year}): no reports expected',
	'reporting.col.convention': 'Convention',
	'reporting.col.cycle': 'Cycle',
	'reporting.col.year': 'Year',
	'reporting.col.expected': 'Reports expected',
	'reporting.col.submitted': 'Reports submitted',
	'reporting.col.rate': 'Reporting rate',

	'classes.title': 'Targets by status class, per convention',
	'classes.description':
		'One stacked bar per convention: how many of the 21 targets are not started, in early stages, in progress, advanced or without data in its latest cycle.',
	'classes.axis': 'Targets',
	'classes.segment': '{convention} ({cycle}): {count} of {total} targets {status} ({share})',
	'classes.col.convention': 'Convention',
	'classes.col.cycle': 'Cycle',
	'classes.col.total': 'Targets',

	'methodology.title': 'Methodology: how national reports are scored',
	'methodology.heading': 'Methodology',
	'methodology.intro':
		'Every number on this site follows one scoring rule. The five conventions ask different questions in different formats; each question is mapped to the 2010 targets it speaks to (the crosswalk), and answers are scored on a common scale from 0 to 1.',
	'methodology.rules': 'The scoring rule',
	'methodology.rule1.title': 'Scoring an answer',
	'methodology.rule1':
		'Each answer is scored by its answer scale: for example “yes” 1 and “no” 0, or the steps of a ladder from “not started” (0) to “fully implemented” (1). Answers such as “not applicable” have no score and are left out; they neither raise nor lower a status.',
	'methodology.rule2.title': 'Status of a target in one report',
	'methodology.rule2':
		'A country’s status for a target in one report is the average score of its scored answers to the questions mapped to that target. A question mapped to two targets counts for both. Coverage is the share of the mapped questions that got a scored answer. A report with no scored answer for a target has no status for it: “no data”, which is not the same as a low score.',
	'methodology.rule3.title': 'Roll-ups',
	'methodology.rule3':
		'Statuses are combined by plain averages of the level below that has data: a goal is the average of its targets, a focal area the average of its goals, and a country’s overall status under a convention the average of its targets. A convention’s (or a region’s) status for a target is the average over the countries with data; the number of countries behind it is always shown.',
	'methodology.rule4.title': 'Status classes',
	'methodology.rule5.title': 'Reporting rate',
	'methodology.rule5':
		'The reporting rate of a cycle is the number of reports submitted divided by the number expected. A report is expected from every country that was party to the convention by the cycle’s due date.',
	'methodology.rule6.title': 'Change between cycles',
	'methodology.rule6':
		'Change between two cycles of a convention is shown only for countries that have a status in both, so that countries joining or missing a report do not look like progress or decline.',
	'methodology.overview.title': 'What the overview shows',
	'methodology.overview':
		'The overview shows each convention in its latest reporting cycle. A cell of the matrix is the convention’s status for a target: the average over the countries with data in that cycle, with the number of countries. The headline reporting rate adds up the reports due and submitted in those latest cycles.',
	'methodology.contract.title': 'The data behind it',
	'methodology.contract':
		'The inputs are CSV files with a header row. The pipeline checks them (missing columns, unknown countries, answers not on the scale, duplicates and broken references stop it with the file and line), scores them and publishes the results as Parquet files that this site queries in the browser.',
	'methodology.contract.file': 'File',
	'methodology.contract.columns': 'Columns',
	'methodology.contract.meaning': 'What it holds',
	'methodology.contract.caption': 'Input files',
	'methodology.file.conventions': 'The conventions and their short names.',
	'methodology.file.framework': 'The 2010 framework: 7 focal areas, 11 goals and 21 targets.',
	'methodology.file.countries': 'Countries with their UN M49 region and subregion.',
	'methodology.file.parties': 'When each country became party to each convention.',
	'methodology.file.cycles': 'Reporting cycles of each convention and their due dates.',
	'methodology.file.reports': 'One row per expected report, with its submission date (empty if not submitted).',
	'methodology.file.scales': 'Answer scales: each answer code and its score from 0 to 1 (empty for not applicable).',
	'methodology.file.questions': 'The questions of each cycle’s report format and their answer scale.',
	'methodology.file.crosswalk': 'Which target or targets each question speaks to.',
	'methodology.file.responses': 'The answers of the submitted reports.',
	'methodology.sample':
		'Until real national reports are loaded, the site shows a generated sample that looks like the real thing: the real conventions, cycles and countries, with invented answers. Every page says so.'
} as const;

/** Every English message: the core above plus one file per lens, so lenses can grow independently. */
export const en = {
	...core,
	...enConvention,
	...enCountry,
	...enTarget,
	...enIndicator,
	...enShare,
	...enPrint,
	...enViewContext,
	...enSql,
	...enNotFound,
	...enPhone,
	...enParties,
	...enSmall,
	...enActivities,
	...enOutcomes,
	...enOpen,
	...enReport,
	...enChanges,
	...enLinked
} as const;

export type MessageKey = keyof typeof en;
