/**
 * The studio's SQL on the tiny fixture (duckdb-wasm, Node, the browser's way) and the hand-over round trip:
 * the live preview of a draft, its export zip merged by the pipeline (`--add`), and the pipeline's status for
 * that report equal to the preview and to the hand computation.
 *
 * The draft: KEN's Ramsar report to COP10 (expected, never submitted in the fixture): r1 = C (0.5) → t1.1;
 * r2 = D (0.25) → t1.2; r3 = A maps to no target. So t1.1 0.5 in_progress 1/1, t1.2 0.25 early 1/1,
 * g1 = (0.5 + 0.25) / 2 = 0.375 early, fa1 = 0.375 early; t2.1, t4.1, t4.2 not covered (Ramsar asks nothing there).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { loadComparison } from '../../../src/lib/queries/report-compare';
import { chooseFormats, loadReportFormat, partyCyclesQuery, type StudioCycle } from '../../../src/lib/queries/report-format';
import { liveStatus, type LiveStatus } from '../../../src/lib/queries/report-live';
import { answerKey, newDraft, withAnswer, type Draft } from '../../../src/lib/report/draft';
import { importReport } from '../../../src/lib/report/import-report';
import { reportZip } from '../../../src/lib/report/report-files';
import { mergeReports } from '../../../src/pipeline/add-reports';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { readParquet, removeDir, TINY } from '../pipeline/helpers';
import { openTiny } from '../queries/tiny-db';

let db: Db;
let root: string;
let close: () => Promise<void>;
beforeAll(async () => {
	const opened = await openTiny('report-studio-');
	({ db, close } = opened);
	root = path.dirname(opened.out);
});
afterAll(() => close());

const SUBMITTED = '2009-07-20';
const ramsarKen = (): Draft => {
	let draft = newDraft('KEN', 'ramsar', [{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10' }], new Date('2009-07-20T10:00:00Z'));
	draft = withAnswer(draft, answerKey('ramsar', 'ramsar-cop10', 'r1'), 'C');
	draft = withAnswer(draft, answerKey('ramsar', 'ramsar-cop10', 'r2'), 'D');
	return withAnswer(draft, answerKey('ramsar', 'ramsar-cop10', 'r3'), 'A');
};
/** The text as written, byte-order mark included (TextDecoder drops it by default). */
const withBom = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const row = (rows: LiveStatus[], element: string) => rows.find((r) => r.element_id === element)!;

describe('the format a party answers', () => {
	it('offers the cycles with a format of the conventions it is party to; all = the latest of each', async () => {
		await db.ensure(['cycles', 'parties', 'questions']);
		const cycles = await db.query<StudioCycle>(partyCyclesQuery('KEN'));
		expect(cycles.map((c) => c.cycle_id)).toEqual(['cbd-4nr', 'cbd-3nr', 'cms-cop10', 'cms-cop9', 'ramsar-cop10']);
		expect(chooseFormats(cycles, 'all', null).map((f) => f.cycle_id)).toEqual(['cbd-4nr', 'cms-cop10', 'ramsar-cop10']);
		expect(chooseFormats(cycles, 'cbd', 'cbd-3nr')).toEqual([{ convention_id: 'cbd', cycle_id: 'cbd-3nr' }]);
	});

	it('reads the questions in format order with their targets, and the previous report’s answers', async () => {
		const format = await loadReportFormat(db, 'BRA', [{ convention_id: 'cbd', cycle_id: 'cbd-4nr' }]);
		expect(format.questions.map((q) => [q.question_id, q.targets])).toEqual([
			['q1', ['t1.1']],
			['q2', ['t1.1', 't2.1']],
			['q3', ['t1.2']],
			['q4', ['t4.1']]
		]);
		expect(format.scales.filter((s) => s.scale_id === 'cbd4').map((s) => s.label)).toEqual(['No action', 'Early stages', 'Good progress', 'Fully implemented']);
		expect(format.previous).toEqual([{ convention_id: 'cbd', cycle_id: 'cbd-3nr', label: 'Third national report' }]);
		expect(format.previousAnswers).toEqual([
			{ convention_id: 'cbd', question_id: 'q1', answer: 'y' },
			{ convention_id: 'cbd', question_id: 'q2', answer: '3' },
			{ convention_id: 'cbd', question_id: 'q3', answer: 'n' }
		]);
	});
});

describe('live status', () => {
	it('scores the draft with the scoring rule, target to focal area, and changes as it is answered', async () => {
		const empty = await liveStatus(db, newDraft('KEN', 'ramsar', ramsarKen().formats), SUBMITTED);
		expect(row(empty, 't1.1')).toMatchObject({ score: null, n_scored: 0, n_questions: 1, status: 'no_data' });
		const rows = await liveStatus(db, ramsarKen(), SUBMITTED);
		expect(row(rows, 't1.1')).toMatchObject({ score: 0.5, n_scored: 1, n_questions: 1, status: 'in_progress' });
		expect(row(rows, 't1.2')).toMatchObject({ score: 0.25, n_scored: 1, n_questions: 1, status: 'early' });
		expect(row(rows, 'g1')).toMatchObject({ score: 0.375, status: 'early', n_questions: 2 });
		expect(row(rows, 'fa1')).toMatchObject({ score: 0.375, status: 'early' });
		expect(row(rows, 't2.1').status).toBe('not_covered');
		expect(row(rows, 't4.2').status).toBe('not_covered');
	});

	it('is shown beside the previous report, the region and the convention', async () => {
		const bra = await loadComparison(db, { convention_id: 'cbd', cycle_id: 'cbd-4nr' }, 'BRA', 'Americas', 'cbd-3nr');
		expect(bra.previous.find((r) => r.element_id === 't1.1')).toMatchObject({ score: 0.85, status: 'advanced' });
		// Americas in cbd-4nr: BRA only (1). The convention: (1 + 0.85 + 0 + 0.65) / 4 = 0.625 over 4 countries.
		expect(bra.region.find((r) => r.element_id === 't1.1')).toMatchObject({ score: 1, n_countries: 1, status: 'advanced' });
		expect(bra.convention.find((r) => r.element_id === 't1.1')).toMatchObject({ score: 0.625, n_countries: 4, status: 'in_progress' });
	});
});

describe('hand-over', () => {
	it('exports contract files with a manifest and checksums, and imports them back', async () => {
		const zip = await reportZip(ramsarKen(), SUBMITTED, new Date('2009-07-20T10:00:00Z'));
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(['manifest.json', 'reports.csv', 'responses.csv']);
		expect(withBom(files['reports.csv'])).toBe('\ufeffconvention_id,cycle_id,iso3,submitted\r\nramsar,ramsar-cop10,KEN,2009-07-20\r\n');
		expect(withBom(files['responses.csv'])).toBe(
			'\ufeffconvention_id,cycle_id,iso3,question_id,answer\r\nramsar,ramsar-cop10,KEN,r1,C\r\nramsar,ramsar-cop10,KEN,r2,D\r\nramsar,ramsar-cop10,KEN,r3,A\r\n'
		);
		const manifest = JSON.parse(strFromU8(files['manifest.json']));
		expect(manifest).toMatchObject({ kind: 'national-report', iso3: 'KEN', conventions: ['ramsar'], submitted: SUBMITTED });
		expect(manifest.files['reports.csv']).toMatch(/^[0-9a-f]{64}$/);

		const back = await importReport(zip);
		expect(back.ok && back.draft.answers).toEqual(ramsarKen().answers);
		files['responses.csv'][files['responses.csv'].length - 3] = 'B'.charCodeAt(0);
		const { zipSync } = await import('fflate');
		expect(await importReport(zipSync(files))).toEqual({ ok: false, problem: 'responses.csv does not match its checksum in manifest.json' });
	});

	it('the pipeline with the export merged (--add) finds the preview’s status to the last digit', async () => {
		const draft = ramsarKen();
		const preview = (await liveStatus(db, draft, SUBMITTED)).filter((r) => r.level === 'target');
		const zipFile = path.join(root, 'report.zip');
		await writeFile(zipFile, await reportZip(draft, SUBMITTED));
		// An unzipped folder is accepted as well.
		const folder = path.join(root, 'report');
		await mkdir(folder);
		for (const [name, bytes] of Object.entries(unzipSync(await readFile(zipFile)))) await writeFile(path.join(folder, name), bytes);

		for (const add of [zipFile, folder]) {
			const merged = await mergeReports(TINY, [add], undefined);
			if (!merged.ok) throw new Error(merged.problems.join('\n'));
			const out = path.join(root, `merged-${path.basename(add)}`);
			try {
				const result = await runPipeline({ input: merged.dir, out });
				expect(result.ok ? [] : result.problems).toEqual([]);
			} finally {
				await merged.cleanup();
			}
			const status = (await readParquet(path.join(out, 'status.parquet'))).filter((r) => r.iso3 === 'KEN' && r.cycle_id === 'ramsar-cop10');
			const pick = (r: Partial<LiveStatus>) => [r.element_id, r.score, r.n_scored, r.n_questions, r.status];
			expect(status.map((r) => pick(r as Partial<LiveStatus>))).toEqual(preview.map(pick));
			expect(status.map((r) => pick(r as Partial<LiveStatus>))).toEqual([
				['t1.1', 0.5, 1, 1, 'in_progress'],
				['t1.2', 0.25, 1, 1, 'early'],
				['t2.1', null, 0, 0, 'not_covered'],
				['t4.1', null, 0, 0, 'not_covered'],
				['t4.2', null, 0, 0, 'not_covered']
			]);
			const reports = (await readParquet(path.join(out, 'reports.parquet'))).filter((r) => r.iso3 === 'KEN' && r.cycle_id === 'ramsar-cop10');
			expect(reports.map((r) => r.submitted)).toEqual([SUBMITTED]);
		}
		await removeDir(folder);
	});
});
