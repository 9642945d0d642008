/**
 * The evidence behind a status cell on the tiny fixture: which questions and answers make the score, and
 * each reason for no status (EXPECTED.md). Every status row's score is re-derived from its evidence.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/db/connection';
import { readManifestFile } from '../../../src/lib/db/manifest-file';
import { nodeEngine } from '../../../src/lib/db/node-engine';
import { loadEvidence } from '../../../src/lib/queries/evidence';
import type { Manifest } from '../../../src/lib/schema';
import { readParquet } from '../pipeline/helpers';
import { openTiny } from './tiny-db';

let db: Db;
let out: string;
let close: () => Promise<void>;
beforeAll(async () => {
	({ db, out, close } = await openTiny('queries-evidence-'));
});
afterAll(() => close());

const evidence = (convention: string, cycle: string, iso3: string, element: string) => loadEvidence(db, { convention, cycle, iso3, element });

describe('evidence of a status', () => {
	it('BRA, CBD 4th report, t1.1: both mapped questions answered and scored', async () => {
		const e = await evidence('cbd', 'cbd-4nr', 'BRA', 't1.1');
		expect(e.rows.map((r) => [r.question_id, r.answer, r.answer_label, r.score])).toEqual([
			['q1', 'y', 'Yes', 1],
			['q2', '4', 'Fully implemented', 1]
		]);
		expect(e.rows[0].text).toBe('Has your country established protected areas?');
		expect(e).toMatchObject({ score: 1, status: 'advanced', n_scored: 2, n_questions: 2, reason: null, cycle_label: 'Fourth national report' });
	});

	it('FRA, CBD 3rd report, t1.1: (0 + 0.3) / 2', async () => {
		const e = await evidence('cbd', 'cbd-3nr', 'FRA', 't1.1');
		expect(e.rows.map((r) => [r.question_id, r.answer_label, r.score])).toEqual([
			['q1', 'No', 0],
			['q2', 'Early stages', 0.3]
		]);
		expect(e.score).toBeCloseTo(0.15, 12);
		expect(e.status).toBe('not_started');
	});
});

describe('why a cell has no status', () => {
	it('NZL is not a Ramsar party', async () => {
		const e = await evidence('ramsar', 'ramsar-cop10', 'NZL', 't1.1');
		expect(e).toMatchObject({ reason: 'not_party', score: null, joined: null, n_scored: 0, n_questions: 1 });
		expect(e.rows[0]).toMatchObject({ question_id: 'r1', answer: null });
	});

	it('NZL was not expected to send the CBD 3rd report', async () => {
		expect((await evidence('cbd', 'cbd-3nr', 'NZL', 't1.1')).reason).toBe('not_expected');
	});

	it("KEN's CBD 3rd report was not submitted", async () => {
		const e = await evidence('cbd', 'cbd-3nr', 'KEN', 't1.1');
		expect(e).toMatchObject({ reason: 'not_submitted', submitted: null, joined: '1994-10-24' });
	});

	it('no question of the cycle maps to t4.2', async () => {
		const e = await evidence('cbd', 'cbd-4nr', 'BRA', 't4.2');
		expect(e).toMatchObject({ reason: 'no_questions', rows: [], n_questions: 0, status: 'not_covered' });
	});

	it("BRA's only Ramsar answer for t1.2 is not applicable", async () => {
		const e = await evidence('ramsar', 'ramsar-cop10', 'BRA', 't1.2');
		expect(e.rows).toEqual([
			{ question_id: 'r2', text: 'Are management plans in place for Ramsar sites?', answer: 'Z', answer_label: 'Not applicable', score: null }
		]);
		expect(e).toMatchObject({ reason: 'all_not_applicable', n_scored: 0, n_questions: 1 });
	});

	it('KEN did not answer the one question mapped to t4.1', async () => {
		const e = await evidence('cbd', 'cbd-4nr', 'KEN', 't4.1');
		expect(e).toMatchObject({ reason: 'not_answered', n_scored: 0, n_questions: 1 });
		expect(e.rows[0]).toMatchObject({ question_id: 'q4', answer: null, answer_label: null });
	});
});

/** A Db over the tiny output with `manifest` (e.g. without its parts), recording which files it reads. */
async function recordingDb(manifest: Manifest): Promise<{ db: Db; read: string[] }> {
	const read: string[] = [];
	const engine = await nodeEngine(async (file) => {
		read.push(file);
		const bytes = await readFile(path.join(out, file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
	return { db: createDb(engine, manifest), read };
}

async function rederiveStatus(on: Db) {
	const rows = await readParquet(path.join(out, 'status.parquet'));
	expect(rows).toHaveLength(50);
	for (const row of rows) {
		const e = await loadEvidence(on, {
			convention: row.convention_id as string,
			cycle: row.cycle_id as string,
			iso3: row.iso3 as string,
			element: row.element_id as string
		});
		expect([e.n_scored, e.n_questions, e.status]).toEqual([row.n_scored, row.n_questions, row.status]);
		if (row.score === null) expect(e.score).toBeNull();
		else expect(e.score).toBeCloseTo(row.score as number, 12);
	}
}

it('re-derives every row of status.parquet from its evidence', () => rederiveStatus(db));

describe('which responses the evidence reads', () => {
	it("published data: only the country's part (responses/KEN.parquet), never the whole responses table", async () => {
		const { db: fresh, read } = await recordingDb(await readManifestFile(out));
		await loadEvidence(fresh, { convention: 'cbd', cycle: 'cbd-4nr', iso3: 'KEN', element: 't4.1' });
		expect(read.filter((file) => file.startsWith('responses'))).toEqual(['responses/KEN.parquet']);
		await rederiveStatus(fresh);
		expect(read).not.toContain('responses.parquet');
	});

	it('published data, a country with no part (no responses): reads no responses file, finds no answer', async () => {
		const { db: fresh, read } = await recordingDb(await readManifestFile(out));
		const e = await loadEvidence(fresh, { convention: 'cbd', cycle: 'cbd-4nr', iso3: 'ZZZ', element: 't1.1' });
		expect(e).toMatchObject({ reason: 'not_party', n_scored: 0 });
		expect(e.rows.length).toBeGreaterThan(0);
		expect(e.rows.every((row) => row.answer === null)).toBe(true);
		expect(read.filter((file) => file.startsWith('responses'))).toEqual([]);
	});

	it('opened data (no parts in its manifest): the whole responses table, with the same answers', async () => {
		const { partitions, ...whole } = await readManifestFile(out);
		expect(partitions?.responses).toBeDefined();
		const { db: opened, read } = await recordingDb(whole);
		await rederiveStatus(opened);
		expect(read.filter((file) => file.startsWith('responses'))).toEqual(['responses.parquet']);
	});
});
