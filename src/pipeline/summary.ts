/** The short report printed after a successful build. */
import type { Manifest } from '../lib/schema';

export function formatSummary(manifest: Manifest, out: string, seconds: number, notes: string[] = []): string {
	const tables = Object.entries(manifest.tables);
	const width = Math.max(...tables.map(([name]) => name.length));
	const totalRows = tables.reduce((sum, [, table]) => sum + table.rows, 0);
	const lines = tables.map(([name, table]) => `  ${name.padEnd(width)}  ${table.rows.toLocaleString('en')} rows`);
	const kind = manifest.sample ? 'sample data' : 'real data';
	const real = manifest.sources.filter((source) => source.kind === 'real');
	const sources = manifest.sample && real.length > 0 ? ['Real parts:', ...real.map((source) => `  ${source.name}`)] : [];
	return [
		`Wrote ${tables.length} tables (${totalRows.toLocaleString('en')} rows, ${kind}) to ${out} in ${seconds.toFixed(1)} s:`,
		...lines,
		...sources,
		...notes.map((note) => `Note: ${note}.`)
	].join('\n');
}
