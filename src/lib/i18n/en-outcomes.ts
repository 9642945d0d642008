/**
 * English messages of the outcomes (issue 10): every class and outcome with its range or meaning, the
 * data's date, which report counts, and the summaries' counted phrases (plural forms by Intl.PluralRules).
 */
export const enOutcomes = {
	'status.not_covered': 'Not covered',
	'status.range.not_started': 'score below {max}',
	'status.range.early': 'score {min} to under {max}',
	'status.range.in_progress': 'score {min} to under {max}',
	'status.range.advanced': 'score {min} and above',
	'status.range.no_data': 'the report format asks, no scored answer',
	'status.range.not_covered': 'the report format asks no question on it',
	'outcome.not_reported': 'Not reported',
	'outcome.not_reported.range': 'report expected and not submitted',
	'outcome.not_party': 'Not a party',
	'outcome.not_party.range': 'not a party to the convention',
	'outcome.notCoveredLeftOut': 'Shares and means leave out what a report format does not ask (not covered).',
	'data.asOf': 'Data as of {date}',
	'data.asOf.note': 'Overdue reports and reports due are counted as of {date}, the data’s date.',
	'counted.noLater': '{cycle} — {latest} not submitted',
	'counted.none': 'no report up to {cycle}',
	'counted.asOf': 'As of',
	'counted.asOfLabel': '{convention}: as of',
	'counted.rule': 'Each convention shows the country’s most recent submitted report up to the cycle chosen, labelled with its cycle.',
	'pending.numbers': 'Numbers for this selection are being computed…',
	'pending.default': 'Showing the default view until the engine starts; your selection follows.',
	'count.target.one': '{count} target',
	'count.target.other': '{count} targets',
	'count.question.one': '{count} question mapped',
	'count.question.other': '{count} questions mapped',
	'count.country.one': '{count} country',
	'count.country.other': '{count} countries',
	'count.report.one': '{count} report',
	'count.report.other': '{count} reports',
	'summary.notCovered.one': '{count} of {total} targets is not covered by the {convention} report format.',
	'summary.notCovered.other': '{count} of {total} targets are not covered by the {convention} report format.',
	'summary.noDataAsked.one': '{count} of the {asked} targets its format asks about has no data from any country.',
	'summary.noDataAsked.other': '{count} of the {asked} targets its format asks about have no data from any country.',
	'summary.notCoveredCells.one': '{count} convention × target cell is not covered by its convention’s report format and is left out of the shares.',
	'summary.notCoveredCells.other': '{count} convention × target cells are not covered by their convention’s report format and are left out of the shares.',
	'summary.reportsNotYetDue.one': '{count} more report is not yet due as of {date}.',
	'summary.reportsNotYetDue.other': '{count} more reports are not yet due as of {date}.',
	'summary.strongest': 'Largest share of countries at an advanced stage: target {targets} ({count} of {total}{each}).',
	'summary.weakest': 'Largest share of countries not started: target {targets} ({count} of {total}{each}).',
	'summary.lowestRate': 'Lowest reporting rate in a latest cycle: {convention} ({rate}, {cycle}).',
	'count.reportSubmitted.one': '{count} report submitted',
	'count.reportSubmitted.other': '{count} reports submitted',
	'target.summary.notCovered': 'Under {convention} ({cycle}), the report format asks no question on {element}: not covered (not “no data”).',
	'methodology.rule4':
		'Scores are grouped into four classes by the thresholds below. Outcomes that are not a score have their own name, symbol and place in every legend, table and export, and are never counted as a low score.',
	'methodology.outcomes.title': 'Outcomes that are not a score',
	'methodology.outcomes.notCovered':
		'Not covered: the cycle’s report format has no question mapped to the target — the convention does not ask about it. Shares and averages leave it out and say so, and headlines count it apart (“6 of 21 targets are not covered by the CMS report format”).',
	'methodology.outcomes.noData':
		'No data: the format asks, but the submitted report has no scored answer (every answer “not applicable”, or unanswered). It says nothing about progress either way.',
	'methodology.outcomes.notReported':
		'Not reported: a report was expected (the country was a party by the due date) and was not submitted. It is “overdue” when the due date had passed on the data’s date, “not yet due” otherwise.',
	'methodology.outcomes.notParty': 'Not a party: the country was not a party to the convention.',
	'methodology.counts.title': 'Which report counts',
	'methodology.counts':
		'Views by cycle — the overview matrix, a convention, a target, a region’s averages — use the selected cycle of each convention, by default its latest. Views by country — a country page and the comparison — show each convention’s most recent report the country submitted up to the selected cycle, labelled with its cycle (“COP9 — no COP10 report”); a region’s average beside it is computed the way the convention page does for the same cycle. The same convention, cycle, country or region and target give the same number on every page.',
	'methodology.asOf.title': 'As of the data’s date',
	'methodology.asOf':
		'Overdue reports, reports due and the summaries are counted as of the data’s date — the date the input states, or else the latest submission in the data — never the day the site was built. Every page says which date that is.',
	'summary.each': ' each'
} as const;
