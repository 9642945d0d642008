/**
 * The locked engine on duckdb-wasm's Node build (the browser's engine and start-up, see tests/e2e/sql-console
 * for Chromium): no URL, extension or setting change gets through, and tables still load lazily afterwards.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { sql } from '../../../src/lib/db/sql';
import { openTiny } from '../queries/tiny-db';

describe('the browser engine is locked once it is up', () => {
	let tiny: Awaited<ReturnType<typeof openTiny>>;
	let db: Db;
	let server: http.Server;
	const requests: string[] = [];
	let csvUrl = '';
	beforeAll(async () => {
		tiny = await openTiny('engine-lock-');
		db = tiny.db;
		server = http.createServer((request, response) => {
			requests.push(request.url ?? '');
			response.end('a,b\n1,2\n');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		csvUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x.csv`;
	});
	afterAll(async () => {
		server.close();
		await tiny.close();
	});

	const fails = (text: string) => db.query({ text, params: [] });

	it('refuses to read a file from another origin', async () => {
		await expect(fails(`SELECT * FROM read_csv('${csvUrl}')`)).rejects.toThrow(/Permission Error: .*disabled by configuration/);
		expect(requests).toEqual([]);
	});

	it('refuses to load an extension', async () => {
		await expect(fails('LOAD httpfs')).rejects.toThrow(/Loading external extensions is disabled/);
	});

	it('refuses to change a setting, the lock itself included', async () => {
		await expect(fails('SET autoload_known_extensions = true')).rejects.toThrow(/configuration has been locked/);
		await expect(fails('SET enable_external_access = true')).rejects.toThrow(/configuration has been locked/);
		await expect(fails('SET lock_configuration = false')).rejects.toThrow(/configuration has been locked/);
		const [settings] = await db.query<{ external: boolean; locked: boolean }>(
			sql`SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked`
		);
		expect(settings).toEqual({ external: false, locked: true });
	});

	it('still loads tables on demand after the lock', async () => {
		await db.ensure(['countries']);
		const [row] = await db.query<{ n: number }>(sql`SELECT count(*) AS n FROM countries`);
		expect(row.n).toBeGreaterThan(0);
	});
});
