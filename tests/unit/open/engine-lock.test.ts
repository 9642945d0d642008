/**
 * The browser host's engine is locked like the dashboard's before the core runs any SQL: no file or network
 * access from SQL, no setting can change. (The open worker runs the same setup on the browser build.)
 */
import { describe, expect, it } from 'vitest';
import { nodeWasmCoreEngine } from '../../../src/lib/open/node-wasm-engine';

describe("the open worker's engine", () => {
	it('refuses to read or write files, and to change a setting', async () => {
		const engine = await nodeWasmCoreEngine();
		await engine.run('CREATE TABLE t AS SELECT 1 AS x');
		await expect(engine.run("COPY t TO '/tmp/open-engine-lock.csv'")).rejects.toThrow();
		await expect(engine.rows("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow();
		await expect(engine.run('SET enable_external_access = true')).rejects.toThrow();
		await expect(engine.run('SET autoload_known_extensions = true')).rejects.toThrow();
		expect(await engine.rows('SELECT x FROM t')).toEqual([{ x: 1 }]);
	}, 60_000);
});
