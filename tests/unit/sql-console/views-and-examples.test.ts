/**
 * The console views and example queries on the tiny fixture (tests/fixtures/tiny/EXPECTED.md), run on
 * duckdb-wasm's Node build as the console runs them: wrapped read-only, after the engine is locked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { CONSOLE_EXAMPLES } from '../../../src/lib/queries/sql-console/examples';
import { readOnlyQuery } from '../../../src/lib/queries/sql-console/guard';
import { CONSOLE_VIEWS, createViewSql } from '../../../src/lib/queries/sql-console/views';
import { openTiny } from '../queries/tiny-db';

type Row = Record<string, unknown>;

describe('SQL console views and examples (tiny fixture, hand-computed)', () => {
	let tiny: Awaited<ReturnType<typeof openTiny>>;
	let db: Db;
	const run = (text: string) => db.query<Row>({ text: readOnlyQuery(text), params: [] });
	const example = (id: string) => run(CONSOLE_EXAMPLES.find((e) => e.id === id)!.sql);

	beforeAll(async () => {
		tiny = await openTiny('sql-console-');
		db = tiny.db;
		await db.ensure(Object.keys(db.manifest.tables));
		for (const view of CONSOLE_VIEWS) await db.query({ text: createViewSql(view), params: [] });
	}, 60_000);
	afterAll(() => tiny.close());

	it('status_latest holds each convention’s latest cycle only: cbd-4nr (4 reports) and ramsar-cop10 (2) × 5 targets', async () => {
		const rows = await run('SELECT cycle_id, count(*) AS n FROM status_latest GROUP BY cycle_id ORDER BY cycle_id');
		expect(rows).toEqual([
			{ cycle_id: 'cbd-4nr', n: 20 },
			{ cycle_id: 'ramsar-cop10', n: 10 }
		]);
	});

	it('element_status_latest: 3 latest cycles × 10 elements (cms-cop10 too, though none of its reports is in yet)', async () => {
		const rows = await run('SELECT cycle_id, count(*) AS n FROM element_status_latest GROUP BY ALL ORDER BY cycle_id');
		expect(rows).toEqual([
			{ cycle_id: 'cbd-4nr', n: 10 },
			{ cycle_id: 'cms-cop10', n: 10 },
			{ cycle_id: 'ramsar-cop10', n: 10 }
		]);
	});

	it('country_overall is the mean of the target statuses (rule 3), classed by rule 4', async () => {
		const rows = await run(
			"SELECT cycle_id, iso3, score, n_targets, status, latest FROM country_overall WHERE iso3 IN ('BRA', 'FRA') AND convention_id = 'cbd' ORDER BY cycle_id, iso3"
		);
		const expected = [
			['cbd-3nr', 'BRA', (0.85 + 0 + 0.7) / 3, 3, 'in_progress', false],
			['cbd-3nr', 'FRA', (0.15 + 0.3) / 2, 2, 'not_started', false],
			['cbd-4nr', 'BRA', (1 + 1 + 1 + 0.7) / 4, 4, 'advanced', true],
			['cbd-4nr', 'FRA', (0.85 + 0 + 0.7 + 0.3) / 4, 4, 'early', true]
		];
		expect(rows.map((r) => [r.cycle_id, r.iso3, r.score, r.n_targets, r.status, r.latest])).toEqual(
			expected.map(([cycle, iso3, score, n, status, latest]) => [cycle, iso3, expect.closeTo(score as number, 9), n, status, latest])
		);
	});

	it('example "class changed": BRA in_progress → advanced and FRA not_started → early under cbd', async () => {
		expect(await example('classChanged')).toEqual([
			{ convention_id: 'cbd', iso3: 'BRA', cycle_id: 'cbd-4nr', previous: 'in_progress', status: 'advanced' },
			{ convention_id: 'cbd', iso3: 'FRA', cycle_id: 'cbd-4nr', previous: 'not_started', status: 'early' }
		]);
	});

	it('example "reporting by subregion" adds up to the pipeline’s reporting table per cycle', async () => {
		const rows = await example('reportingBySubregion');
		const reporting = await run('SELECT cycle_id, expected, submitted FROM reporting WHERE expected > 0');
		for (const cycle of reporting) {
			const parts = rows.filter((row) => row.cycle_id === cycle.cycle_id);
			expect(parts.reduce((sum, row) => sum + (row.expected as number), 0)).toBe(cycle.expected);
			expect(parts.reduce((sum, row) => sum + (row.submitted as number), 0)).toBe(cycle.submitted);
		}
		expect(reporting.map((r) => [r.cycle_id, r.expected, r.submitted]).sort()).toEqual([
			['cbd-3nr', 3, 2],
			['cbd-4nr', 4, 4],
			['cms-cop10', 3, 0],
			['cms-cop9', 3, 2],
			['ramsar-cop10', 3, 2]
		]);
	});

	it('example "crosswalk": t1.1 is fed by cbd q1 and q2 in both cycles, cms m2 (COP9 only) and ramsar r1', async () => {
		const rows = await example('crosswalk');
		expect(rows.map((r) => `${r.cycle_id}/${r.question_id}`)).toEqual([
			'cbd-3nr/q1',
			'cbd-3nr/q2',
			'cbd-4nr/q1',
			'cbd-4nr/q2',
			'cms-cop9/m2',
			'ramsar-cop10/r1'
		]);
	});
});
