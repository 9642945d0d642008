/**
 * `npm start`: builds what is missing or out of date (sample data, Parquet, the site), then serves
 * the built dashboard on localhost and prints its URL.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serveBuild } from './serve';

const root = path.resolve(import.meta.dirname, '..');
const at = (p: string) => path.join(root, p);

function newest(target: string): number {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

function run(command: string) {
	console.log(`> ${command}`);
	execSync(command, { cwd: root, stdio: 'inherit' });
}

if (!existsSync(at('data/sample/responses.csv'))) run('npm run data:sample');
const dataBuilt = newest(at('static/data/manifest.json'));
if (dataBuilt < newest(at('data')) || dataBuilt < newest(at('src/pipeline'))) run('npm run data');
const siteBuilt = newest(at('build/index.html'));
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
if (siteBuilt < Math.max(...sources.map((s) => newest(at(s))))) {
	run('npx vite build');
	run('npx tsx scripts/precompress.ts build');
}

const port = Number(process.env.PORT ?? 4173);
const served = await serveBuild(at('build'), port, process.env.HOST ?? '127.0.0.1');
console.log(`\nDashboard running at ${served.url}/  (Ctrl+C to stop)`);
