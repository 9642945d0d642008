/**
 * The evidence dialog's first open, in duckdb-wasm's Node build (no browser): `loadEvidence` on a fresh engine over a
 * pipeline output, reading the country's part of the responses (published data) or the whole responses table (what
 * opened data, which has no parts, reads). Files come from disk; the engine's start is not counted.
 *
 *   npx tsx scripts/bench/evidence-node.ts DATA_DIR [ISO3=KEN] [RUNS=5]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDb } from '../../src/lib/db/connection';
import { readManifestFile } from '../../src/lib/db/manifest-file';
import { nodeEngine } from '../../src/lib/db/node-engine';
import { loadEvidence } from '../../src/lib/queries/evidence';
import type { Manifest } from '../../src/lib/schema';

const [dir, iso3 = 'KEN', runs = '5'] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx scripts/bench/evidence-node.ts DATA_DIR [ISO3] [RUNS]');
const published = await readManifestFile(dir);
const { partitions: _parts, ...whole } = published;
const [key] = (await nodeDbQuery(published, `SELECT convention_id, cycle_id, element_id FROM status WHERE iso3 = '${iso3}' AND n_scored > 0 LIMIT 1`)) as {
	convention_id: string;
	cycle_id: string;
	element_id: string;
}[];
const evidenceKey = { convention: key.convention_id, cycle: key.cycle_id, iso3, element: key.element_id };

async function engineOver(manifest: Manifest) {
	const engine = await nodeEngine(async (file) => {
		const bytes = await readFile(path.join(dir, file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
	return createDb(engine, manifest);
}

async function nodeDbQuery(manifest: Manifest, text: string) {
	const db = await engineOver(manifest);
	await db.ensure(['status']);
	return db.query({ text, params: [] });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [label, manifest] of [
	['whole responses (before; opened data)', whole],
	[`${iso3}'s part (published data)`, published]
] as const) {
	const times: number[] = [];
	let answer = '';
	for (let run = 0; run < Number(runs); run++) {
		const db = await engineOver(manifest);
		const started = performance.now();
		const evidence = await loadEvidence(db, evidenceKey);
		times.push(performance.now() - started);
		answer = JSON.stringify([evidence.score, evidence.n_scored, evidence.n_questions, evidence.rows.length]);
	}
	console.log(`${label}: median ${median(times).toFixed(0)} ms of [${times.map((t) => t.toFixed(0)).join(', ')}]; answer ${answer}`);
}
