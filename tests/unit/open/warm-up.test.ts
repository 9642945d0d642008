/**
 * The open worker's warm-up (warm-up.ts): over a fresh duckdb-wasm it leaves no table behind, and the user's data
 * opened after it gives exactly what it gives on an engine that was not warmed (same manifest, same table bytes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WasmCoreEngine } from '../../../src/lib/open/wasm-core-engine';
import { nodeWasmCoreEngine } from '../../../src/lib/open/node-wasm-engine';
import { openInput } from '../../../src/lib/open/open-input';
import type { OpenResult } from '../../../src/lib/open/open-types';
import { engineTables, warmUp } from '../../../src/lib/open/warm-up';
import { TINY } from '../pipeline/helpers';
import { folderAsChosen, openInNode } from './wasm-host';

let engine: WasmCoreEngine;
let tablesBefore: string[];
let tablesAfter: string[];

beforeAll(async () => {
	engine = await nodeWasmCoreEngine();
	tablesBefore = await engineTables(engine);
	await warmUp(engine);
	tablesAfter = await engineTables(engine);
}, 120_000);

/** A result's manifest and tables, without the time it was built at. */
function comparable(result: OpenResult) {
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.text).join('\n'));
	return { manifest: { ...result.manifest, built_at: null }, tables: result.tables };
}

describe('the warm-up of the open worker’s engine', () => {
	it('runs on a fresh engine and leaves no table behind', () => {
		expect(tablesBefore).toEqual([]);
		expect(tablesAfter).toEqual([]);
	});

	it('changes nothing in what the user’s data gives when opened after it', async () => {
		const warmed = await openInput(await folderAsChosen(TINY), { engine: async () => engine });
		const cold = await openInNode(await folderAsChosen(TINY));
		expect(comparable(warmed)).toEqual(comparable(cold));
		if (warmed.ok) expect(warmed.manifest.tables.responses.rows).toBeGreaterThan(1);
	}, 120_000);
});
