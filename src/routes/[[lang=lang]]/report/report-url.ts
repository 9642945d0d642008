/** The studio's address: `/report/?country=KEN&convention=cms&cycle=<cycle_id>&view=module|convention`. */
import { localHref } from '$lib/i18n/paths';
import type { DraftFormat } from '$lib/report/draft';

export type StudioView = 'module' | 'convention';

export interface ReportParams {
	country: string | null;
	convention: string;
	cycle: string | null;
	view: StudioView;
}

export function readReportParams(url: URL): ReportParams {
	const get = (name: string) => url.searchParams.get(name)?.trim() || null;
	return {
		country: get('country')?.toUpperCase() ?? null,
		convention: get('convention')?.toLowerCase() ?? 'all',
		cycle: get('cycle'),
		view: get('view') === 'convention' ? 'convention' : 'module'
	};
}

/** A link to a report: one format names its cycle; several keep the convention choice as asked. */
export function reportHref(iso3: string, convention: string, formats: DraftFormat[] = [], view: StudioView = 'module'): string {
	const params = new URLSearchParams({ country: iso3, convention });
	if (formats.length === 1 && convention !== 'all') params.set('cycle', formats[0].cycle_id);
	if (view !== 'module') params.set('view', view);
	return `${localHref('/report/')}?${params}`;
}
