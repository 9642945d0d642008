/**
 * `npm run bench:lenses -- [--build build] [--changes 20] [--only cross-filter|<lens>]`: the lens rows of the benchmark on
 * a site already built (`npm run build:site`, or a bench build), without the whole benchmark: the filter changes on
 * every lens with a filter, the convention page's cross-filter (choose a target → map and table updated) and the
 * evidence dialog's first opening (median of 3). `--only cross-filter` measures just the cross-filter; `--only <lens>`
 * just the filter changes of the lenses whose name starts with it (e.g. `--only "focal area"`, `--only goal`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../serve';
import { crossFilter, evidenceFirstOpen, lensFilters, type LensResult } from './lens-probes';
import { crossFilterRow, lensRows } from './report';

const { values } = parseArgs({
	options: { build: { type: 'string', default: 'build' }, changes: { type: 'string', default: '20' }, only: { type: 'string' } }
});
const changes = Number(values.changes);
const served = await serveBuild(path.resolve(values.build));
try {
	const only = values.only;
	const lenses: LensResult[] = only === 'cross-filter' ? [] : await lensFilters(served.url, changes, only);
	const evidenceMs: number[] = [];
	if (!only) for (let run = 0; run < 3; run++) evidenceMs.push(await evidenceFirstOpen(served.url));
	const crossMs = !only || only === 'cross-filter' ? await crossFilter(served.url, changes) : [];
	const rows = [...(lenses.length ? lensRows(lenses, evidenceMs) : []), ...(crossMs.length ? [crossFilterRow(crossMs)] : [])];
	console.log(['| figure | goal | measured | | |', '|---|---|---|---|---|', ...rows].join('\n'));
	for (const lens of lenses) console.log(`${lens.name}, each change, ms: ${lens.filterMs.map((m) => Math.round(m)).join(', ')}`);
	if (crossMs.length) console.log(`cross-filter, each change, ms: ${crossMs.map((m) => Math.round(m)).join(', ')}`);
} finally {
	await served.close();
}
