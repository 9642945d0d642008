/**
 * `npm run bench:cross-filter -- [--build build] [--changes 20]`: the convention page's cross-filter
 * (choose a target → map and table updated) on a site already built (`npm run build:site`, or a bench build),
 * without the whole benchmark. Prints the benchmark's row.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../serve';
import { crossFilter } from './lens-probes';
import { crossFilterRow } from './report';

const { values } = parseArgs({ options: { build: { type: 'string', default: 'build' }, changes: { type: 'string', default: '20' } } });
const served = await serveBuild(path.resolve(values.build));
try {
	const ms = await crossFilter(served.url, Number(values.changes));
	console.log(['| figure | goal | measured | | |', '|---|---|---|---|---|', crossFilterRow(ms)].join('\n'));
	console.log(`each change, ms: ${ms.map((m) => Math.round(m)).join(', ')}`);
} finally {
	await served.close();
}
