/**
 * The browser host's engine on Node, for tests and the benchmark: duckdb-wasm's Node build (blocking), set up and
 * locked as the open worker sets up its own (db/node-duckdb-wasm.ts). Node only; the page never imports it.
 */
import { nodeWasmConnection } from '../db/node-duckdb-wasm';
import { wasmCoreEngine, type WasmConnection, type WasmCoreEngine } from './wasm-core-engine';

export async function nodeWasmCoreEngine(): Promise<WasmCoreEngine> {
	return wasmCoreEngine((await nodeWasmConnection()) as unknown as WasmConnection);
}
