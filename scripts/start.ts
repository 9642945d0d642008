/**
 * `npm start`: builds what is missing or out of date (sample data, Parquet, the site), then serves the built
 * dashboard on localhost and prints its URL. It never waits for the deploy build's brotli-11 copies
 * (`npm run build`): the server compresses on the fly (scripts/serve).
 *
 * When the site must be built, a fresh clone should not wait for every page in every language: a first pass
 * prerenders the default language only (BUILD_LOCALES, into .cache/start/build) and is served at once; the
 * whole site is then built into build/ in the background and served as soon as it is ready. Meanwhile a page
 * of another language waits for it (the request is held, then answered), so every page of every language works.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locales';
import { serveBuild } from './serve';

const root = path.resolve(import.meta.dirname, '..');
const at = (p: string) => path.join(root, p);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

function newest(target: string): number {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

function run(command: string, env: NodeJS.ProcessEnv = process.env) {
	console.log(`> ${command}`);
	execSync(command, { cwd: root, stdio: 'inherit', env });
}

/** The build is whole when every language's home page is there, and newer than every source. */
function siteUpToDate(dir: string): boolean {
	const homes = LOCALES.map((locale) => path.join(dir, locale === DEFAULT_LOCALE ? '' : locale, 'index.html'));
	if (!homes.every((home) => existsSync(home))) return false;
	const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
	return Math.min(...homes.map(newest)) >= Math.max(...sources.map((s) => newest(at(s))));
}

if (!existsSync(at('data/sample/responses.csv'))) run('npm run data:sample');
const dataBuilt = newest(at('static/data/manifest.json'));
if (dataBuilt < newest(at('data')) || dataBuilt < newest(at('src/pipeline'))) run('npm run data');

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const otherLanguage = new RegExp(`^/(${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})(/|$)`);

if (siteUpToDate(at('build'))) {
	const served = await serveBuild(at('build'), port, host);
	console.log(`\nDashboard running at ${served.url}/  (Ctrl+C to stop)`);
} else {
	const first = at('.cache/start/build');
	const firstEnv = { ...process.env, BUILD_LOCALES: DEFAULT_LOCALE, BUILD_DIR: first };
	run(`npx vite build   # first pass: the ${DEFAULT_LOCALE} pages only`, firstEnv);
	const served = await serveBuild(first, port, host, { holdUntilSwitch: (pathname) => otherLanguage.test(pathname) });
	console.log(`\nDashboard running at ${served.url}/ after ${elapsed()}  (Ctrl+C to stop)`);
	console.log('Building every language in the background; pages of other languages wait for it…\n');
	const whole = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	whole.on('close', (code) => {
		if (code !== 0) {
			console.error(`The background build failed (exit ${code}); still serving the ${DEFAULT_LOCALE} pages. Run \`npx vite build\` to see why.`);
			return;
		}
		served.switchTo(at('build'));
		rmSync(first, { recursive: true, force: true });
		console.log(`Every language built after ${elapsed()}: serving build/ at ${served.url}/`);
	});
	process.on('SIGINT', () => {
		whole.kill();
		process.exit(130);
	});
}
