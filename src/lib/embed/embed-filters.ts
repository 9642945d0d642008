/**
 * The filters of an embedded view in words ("Region: Africa · Cycle: cbd_4"), so a framed chart says
 * which part of the data it shows: the frame has no filter bar.
 */
import { regionName, t, type MessageKey } from '$lib/i18n';
import { FILTER_KEYS, readUrlFilters } from '$lib/state/url-filters';

const LABELS: Record<(typeof FILTER_KEYS)[number], MessageKey> = {
	convention: 'embed.filter.convention',
	cycle: 'embed.filter.cycle',
	region: 'embed.filter.region',
	element: 'embed.filter.element',
	compare: 'embed.filter.compare'
};

export function embedFilters(params: URLSearchParams): string {
	const filters = readUrlFilters(params);
	return FILTER_KEYS.filter((key) => filters[key])
		.map((key) => t('embed.filter', { name: t(LABELS[key]), value: key === 'region' ? regionName(filters[key]) : filters[key]! }))
		.join(' · ');
}
