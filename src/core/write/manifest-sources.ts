/**
 * manifest.json `sources`: each part of the data with its kind, so that pages can say what is real and what is
 * the illustrative sample — the national reports (and memberships, unless real ones replaced them), the real
 * memberships, and the source of each indicator.
 */
import type { Manifest } from '../../lib/schema';
import type { ImportedData } from '../../pipeline/importers/import-folder';
import type { InputSource } from '../read/input-source';
import type { CoreEngine } from '../score/core-engine';

export type SourcePart = Manifest['sources'][number];

interface Parts {
	input: string;
	source: Extract<InputSource, { ok: true }>;
	/** What `--real` imported (Node only); null otherwise. */
	imported: ImportedData | null;
	regenerated: boolean;
	hasIndicators: boolean;
}

export async function describeSources(engine: CoreEngine, parts: Parts): Promise<SourcePart[]> {
	const membershipSource = parts.imported?.parties ? parts.imported.sources.find((read) => read.spec.output === 'parties')?.spec : undefined;
	const reports: SourcePart = { name: reportsName(parts, membershipSource !== undefined), kind: parts.source.sample ? 'sample' : 'real' };
	const memberships: SourcePart[] = membershipSource
		? [{ name: `Convention memberships: ${membershipSource.source}`, kind: 'real', citation: membershipSource.citation, licence: membershipSource.licence }]
		: [];
	const indicators = parts.hasIndicators ? await indicatorSources(engine) : [];
	return [reports, ...memberships, ...indicators];
}

function reportsName({ input, source, regenerated }: Parts, realMemberships: boolean): string {
	const what = realMemberships ? 'National reports' : 'National reports and memberships';
	if (!source.sample) return `${what}: ${input}`;
	const seed = source.marker ? `, seed ${source.marker.seed}` : '';
	const on = regenerated ? ', generated on the real memberships' : '';
	return `${what}: illustrative sample (${input}${seed}${on})`;
}

/** One part per distinct source of the indicators, named by its indicators, in file order. */
async function indicatorSources(engine: CoreEngine): Promise<SourcePart[]> {
	const rows = await engine.rows(`
		SELECT name, source, licence, citation, kind FROM (
			SELECT *, row_number() OVER (PARTITION BY indicator_id ORDER BY line) AS nth FROM indicators
		) WHERE nth = 1 ORDER BY line`);
	const bySource = new Map<string, { names: string[]; part: SourcePart }>();
	for (const row of rows as Record<string, string | null>[]) {
		const key = JSON.stringify([row.source, row.licence, row.citation, row.kind]);
		const entry = bySource.get(key) ?? { names: [], part: sourcePart(row) };
		bySource.set(key, entry);
		entry.names.push(row.name!);
	}
	return [...bySource.values()].map(({ names, part }) => ({ ...part, name: `${names.join('; ')}: ${part.name}` }));
}

function sourcePart(row: Record<string, string | null>): SourcePart {
	return {
		name: row.source ?? 'source not stated',
		kind: row.kind === 'sample' ? 'sample' : 'real',
		...(row.citation ? { citation: row.citation } : {}),
		...(row.licence ? { licence: row.licence } : {})
	};
}
