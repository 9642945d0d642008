/** The plain-language summary at the top of /changes/, written from the same numbers the page shows. */
import { formatDate, formatNumber, t, tp } from '$lib/i18n';
import type { ChangesData, StatusPair } from '$lib/queries/changes/load';

/** Countries with at least one move in the direction (any convention). */
export const countriesMoving = (pairs: StatusPair[], direction: 1 | -1) =>
	new Set(pairs.filter((p) => Math.sign(p.move) === direction).map((p) => p.iso3)).size;

export function changesSummary(data: ChangesData): string[] {
	const date = formatDate(data.filters.since);
	const onTime = data.intake.reduce((sum, c) => sum + c.on_time, 0);
	const late = data.intake.reduce((sum, c) => sum + c.late, 0);
	const reports =
		data.reports.length === 0
			? t('changes.summary.noReports', { date })
			: tp('changes.summary.reports', data.reports.length, { date, onTime: formatNumber(onTime), late: formatNumber(late) });
	const compared = new Set(data.pairs.map((p) => `${p.convention_id}/${p.iso3}`)).size;
	const moves =
		compared === 0
			? t('changes.summary.noPairs')
			: t('changes.summary.moves', {
					compared: formatNumber(compared),
					improved: formatNumber(countriesMoving(data.pairs, 1)),
					declined: formatNumber(countriesMoving(data.pairs, -1))
				});
	const outstanding = tp('changes.summary.outstanding', data.outstanding.length, {
		asOf: data.asOf ? formatDate(data.asOf) : '–'
	});
	const parties = data.newParties.length > 0 ? tp('changes.summary.newParties', data.newParties.length) : null;
	return [reports, moves, outstanding, parties].filter((s): s is string => s != null);
}
