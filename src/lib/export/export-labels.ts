/**
 * The words and file name of a chart's download, carrying its context: the image's title names the chart and
 * what the page is about ("Status by convention and reporting cycle — Target 6.1"), its subtitle the filters
 * shown ("Convention: All conventions · Reporting cycle: … · Region: Africa"); the file name carries the same
 * as ids plus the data version (`status-by-convention-and-reporting-cycle_t6-1_region-africa_data-2026-11-27-sample.png`).
 */
import type { Manifest } from '../schema';
import type { ScopeFilters, ScopeLine } from '../print/view-scope';
import { regionName, t } from '../i18n';
import type { UrlFilters } from '../state/url-filters';
import type { ViewContext } from './view-context';

export interface ExportLabels {
	title: string;
	subtitle: string;
	/** The file name without its extension. */
	fileBase: string;
}

const PART_LENGTH = 48;

/** One part of a file name: ASCII lower-case words joined by dashes, cut to a sensible length. */
export function fileNamePart(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, PART_LENGTH)
		.replace(/^-+|-+$/g, '');
}

/** The filters of a page without a registered context, from its URL (only the region is in words). */
function scopeFromUrl(url: Pick<UrlFilters, 'convention' | 'cycle' | 'region'>): { scope: ScopeLine[]; filters: ScopeFilters } {
	const scope: ScopeLine[] = [];
	if (url.convention) scope.push({ label: t('print.scope.convention'), value: url.convention });
	if (url.cycle) scope.push({ label: t('print.scope.cycle'), value: url.cycle });
	if (url.region) scope.push({ label: t('filter.region'), value: regionName(url.region) });
	return { scope, filters: { convention: url.convention, cycle: url.cycle, region: url.region } };
}

export function exportLabels(
	chartTitle: string,
	view: ViewContext | null,
	url: Pick<UrlFilters, 'convention' | 'cycle' | 'region'>,
	manifest: Manifest | null | undefined
): ExportLabels {
	const { scope, filters } = view ?? scopeFromUrl(url);
	const version = manifest ? `data-${manifest.built_at.slice(0, 10)}${manifest.sample ? '-sample' : ''}` : '';
	const parts = [
		fileNamePart(chartTitle) || 'chart',
		view ? fileNamePart(view.subjectId) : '',
		filters.convention && filters.convention !== view?.subjectId ? fileNamePart(filters.convention) : '',
		filters.cycle ? fileNamePart(filters.cycle) : '',
		filters.region ? `region-${fileNamePart(filters.region)}` : '',
		version
	];
	return {
		title: view ? t('export.titleOf', { chart: chartTitle, subject: view.subject }) : chartTitle,
		subtitle: scope.map((line) => `${line.label}: ${line.value}`).join(' · '),
		fileBase: parts.filter(Boolean).join('_')
	};
}
