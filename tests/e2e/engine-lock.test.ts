/**
 * The site's own engine start-up (the built browser-engine chunk, in Chromium) is locked: reading a CSV from
 * a second local origin, loading an extension and changing a setting all fail, and no request leaves the page's
 * origin meanwhile (the second origin sees none either). The same on duckdb-wasm's Node build:
 * tests/unit/db/engine-lock.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startOtherOrigin, type OtherOrigin } from './other-origin';
import { openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
const chunks = path.resolve(import.meta.dirname, '../../', process.env.BUILD_DIR ?? 'build', '_app/immutable/chunks');

/**
 * The built chunk of `src/lib/db/browser-engine.ts` and how to reach its `startBrowserEngine`: a dynamic-import
 * entry keeps the export name; a chunk shared by two dynamic imports (the dashboard's and the SQL console's)
 * exports the module's namespace object under a short alias instead.
 */
function engineChunk(): { url: string; path: string[] } {
	for (const name of readdirSync(chunks)) {
		const code = readFileSync(path.join(chunks, name), 'utf8');
		const url = `${baseUrl}/_app/immutable/chunks/${name}`;
		if (/export\{[^}]*as startBrowserEngine\}/.test(code)) return { url, path: ['startBrowserEngine'] };
		const namespace = /(\w+)=\w+\(\{[^}]*startBrowserEngine:\(\)=>/.exec(code)?.[1];
		const alias = namespace && new RegExp(`export\\{[^}]*\\b${namespace.replace('$', '\\$')} as (\\w+)`).exec(code)?.[1];
		if (alias) return { url, path: [alias, 'startBrowserEngine'] };
	}
	throw new Error(`No chunk in ${chunks} exports startBrowserEngine: build the site first`);
}

describe('the site engine cannot reach the network', () => {
	let session: Session;
	let other: OtherOrigin;
	let csvUrl = '';
	beforeAll(async () => {
		other = await startOtherOrigin();
		csvUrl = `${other.origin}/x.csv`;
		session = await openBrowser(baseUrl);
		await session.page.goto(`${baseUrl}/`);
	});
	afterAll(async () => {
		await session?.close();
		other?.close();
	});

	it('refuses read_csv from another origin, LOAD httpfs, SET, ATTACH and COPY TO, with no request off the origin', async () => {
		const statements = [
			`SELECT * FROM read_csv('${csvUrl}')`,
			'LOAD httpfs',
			'SET autoload_known_extensions = true',
			'INSTALL httpfs',
			"ATTACH 'https://example.org/x.db' AS x",
			"COPY (SELECT 1) TO 'x.csv'"
		];
		// A string, not a function: vitest would rewrite a function's import() for Node.
		const outcomes = (await session.page.evaluate(`(async () => {
			const startBrowserEngine = ${JSON.stringify(engineChunk().path)}.reduce((value, key) => value[key], await import(${JSON.stringify(engineChunk().url)}));
			const engine = await startBrowserEngine(async () => new ArrayBuffer(0));
			const results = [];
			for (const text of ${JSON.stringify(statements)}) {
				try {
					await engine.run({ text, params: [] });
					results.push('ran');
				} catch (error) {
					results.push(String(error?.message ?? error));
				}
			}
			return results;
		})()`)) as string[];
		expect(outcomes[0]).toMatch(/Permission Error: .*disabled by configuration/);
		expect(outcomes[1]).toMatch(/Loading external extensions is disabled/);
		expect(outcomes[2]).toMatch(/configuration has been locked/);
		// INSTALL only records the wish (it runs), but fetches nothing: the request checks below hold.
		expect(outcomes[4]).toMatch(/Permission Error: .*disabled by configuration/);
		expect(outcomes[5]).toMatch(/Permission Error: .*disabled by configuration/);
		expect(other.seen).toEqual([]);
		expect(session.offOrigin).toEqual([]);
	}, 90_000);
});
