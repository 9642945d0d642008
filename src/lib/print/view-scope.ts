/**
 * The filters of a lens view in words, for the printed briefing: which convention, cycle and region the
 * numbers are for. Ids come from the URL filters; the view's own lists give their names.
 */
import { regionName, t } from '../i18n';

export interface ScopeFilters {
	convention?: string | null;
	cycle?: string | null;
	region?: string | null;
}

export interface ScopeLists {
	conventions?: { convention_id: string; short_name: string }[];
	cycles?: { convention_id: string; cycle_id: string; label: string }[];
}

export interface ScopeLine {
	label: string;
	value: string;
}

export function viewScope(filters: ScopeFilters, { conventions = [], cycles = [] }: ScopeLists = {}): ScopeLine[] {
	const convention = conventions.find((c) => c.convention_id === filters.convention);
	const cycle = cycles.find((c) => c.cycle_id === filters.cycle && (convention == null || c.convention_id === convention.convention_id));
	const lines: ScopeLine[] = [];
	if ('convention' in filters) {
		lines.push({ label: t('print.scope.convention'), value: convention?.short_name ?? t('print.scope.allConventions') });
	}
	if ('cycle' in filters) lines.push({ label: t('print.scope.cycle'), value: cycle?.label ?? t('print.scope.latestCycle') });
	if ('region' in filters) {
		lines.push({ label: t('filter.region'), value: filters.region ? regionName(filters.region) : t('filter.allRegions') });
	}
	return lines;
}
