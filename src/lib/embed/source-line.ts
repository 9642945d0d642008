/**
 * Where a chart's numbers come from, in the words of the PNG/SVG export and the page footer: the chart's
 * source, the data's sources with their kind, and the data version (build date, sample or national reports).
 */
import { formatDate, t } from '$lib/i18n';
import type { Manifest } from '$lib/schema';

/** "Data version May 1, 2024 (Sample data)", or '' without a manifest. */
export function dataVersion(manifest: Manifest | null | undefined): string {
	if (!manifest) return '';
	return t('export.version', {
		built: formatDate(manifest.built_at),
		kind: manifest.sample ? t('data.kind.sample') : t('data.kind.real')
	});
}

/** "Generated sample (illustrative sample)": a source named with its kind. */
export function sourceWithKind(source: Manifest['sources'][number]): string {
	const kind = source.kind === 'real' ? t('data.kind.realSource') : t('data.kind.sampleSource');
	// The sample's own name already says "illustrative sample": say it once.
	return source.name.toLowerCase().includes(kind.toLowerCase()) ? source.name : `${source.name} (${kind})`;
}

/** "Sources: Generated sample (illustrative sample)", as the footer names them. */
export function dataSources(manifest: Manifest | null | undefined): string {
	const sources = (manifest?.sources ?? []).map(sourceWithKind).join('; ');
	return sources ? t('footer.sources', { sources }) : '';
}

/**
 * The parts of a chart's source line (embed, SVG and PNG exports), empty ones left out; join them with ' · '.
 * The chart's own source and the data version: the whole dataset's source list (footer) would name sources
 * this chart does not use, and would not fit under an embedded chart.
 */
export function sourceLineParts(source: string | undefined, manifest: Manifest | null | undefined, extra: string[] = []): string[] {
	return [source ? t('chart.source', { source }) : '', dataVersion(manifest), ...extra].filter(Boolean);
}
