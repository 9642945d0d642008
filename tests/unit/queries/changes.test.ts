/**
 * "Since the last meeting" on duckdb-wasm (Node) over the tiny fixture's pipeline output, every number
 * computed by hand from tests/fixtures/tiny/EXPECTED.md (data's date 2009-07-15). A second run adds one
 * report to a copy of the fixture (Brazil's CMS COP10 report, whose format asks less than COP9's) for a
 * decline.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { loadChanges, type ChangesData } from '../../../src/lib/queries/changes/load';
import { validSince, yearBefore } from '../../../src/lib/queries/changes/presets';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { appendLines, copyTiny, editFile, removeDir } from '../pipeline/helpers';
import { openTiny } from './tiny-db';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
	({ db, close } = await openTiny('queries-changes-'));
});
afterAll(() => close());

const all = { convention: null, region: null };
const moves = (data: ChangesData) =>
	data.pairs.filter((p) => p.move !== 0).map((p) => `${p.convention_id} ${p.iso3} ${p.code} ${p.before_status}→${p.after_status} ${p.move}`);

describe('since 30 March 2009 (the CBD fourth report due date)', () => {
	let data: ChangesData;
	beforeAll(async () => {
		data = await loadChanges(db, { since: '2009-03-30', ...all });
	});

	it('lists the reports that came in, a report submitted on the date itself included', () => {
		expect(data.reports.map((r) => `${r.cycle_id} ${r.iso3} ${r.submitted} ${r.state}`).sort()).toEqual([
			'cbd-4nr BRA 2009-04-02 late',
			'cbd-4nr FRA 2009-03-30 on_time',
			'cbd-4nr KEN 2009-07-15 late',
			'cbd-4nr NZL 2009-06-30 late',
			'cms-cop9 BRA 2009-06-20 late',
			'cms-cop9 FRA 2009-07-01 late'
		]);
	});

	it('counts per cycle: on time and late since the date, still overdue now', () => {
		expect(data.intake.map((c) => [c.cycle_id, c.expected, c.on_time, c.late, c.overdue])).toEqual([
			['cbd-4nr', 4, 1, 3, 0],
			['cms-cop9', 3, 0, 2, 1]
		]);
	});

	it('finds the class moves against the report before the date, a target the older format did not ask left out', () => {
		// BRA cbd-3nr → cbd-4nr: 1.1 0.85 → 1 (same class), 1.2 0 → 1, 2.1 0.7 → 1; 4.1 not covered in the 3NR.
		// FRA: 1.1 0.15 → 0.85, 2.1 0.3 → 0.7; 1.2 had no data. KEN and NZL have no earlier report.
		expect(moves(data)).toEqual([
			'cbd FRA 1.1 not_started→advanced 3',
			'cbd BRA 1.2 not_started→advanced 3',
			'cbd BRA 2.1 in_progress→advanced 1',
			'cbd FRA 2.1 early→in_progress 1'
		]);
		expect(data.pairs).toHaveLength(5);
		expect(data.pairs.find((p) => p.move === 0)).toMatchObject({ iso3: 'BRA', code: '1.1', before_cycle: 'cbd-3nr', after_cycle: 'cbd-4nr' });
	});

	it('compares each convention before the date and now, by the cycles that straddle it', () => {
		const cbd = data.conventionMoves.filter((m) => m.convention_id === 'cbd');
		expect(cbd.map((m) => [m.code, m.before_cycle, m.now_cycle, m.before_status, m.now_status, m.move])).toEqual([
			['1.1', 'cbd-3nr', 'cbd-4nr', 'in_progress', 'in_progress', 0],
			['1.2', 'cbd-3nr', 'cbd-4nr', 'not_started', 'early', 1],
			['2.1', 'cbd-3nr', 'cbd-4nr', 'in_progress', 'in_progress', 0],
			['4.1', 'cbd-3nr', 'cbd-4nr', 'not_covered', 'in_progress', null],
			['4.2', 'cbd-3nr', 'cbd-4nr', 'not_covered', 'not_covered', null]
		]);
		expect(cbd[1].now_score).toBeCloseTo(1 / 3, 12);
		expect(cbd[1]).toMatchObject({ before_countries: 1, now_countries: 3 });
		// Ramsar's and CMS's current cycles were already due before the date: no move.
		const others = data.conventionMoves.filter((m) => m.convention_id !== 'cbd');
		expect(new Set(others.map((m) => `${m.before_cycle}/${m.now_cycle}/${m.move}`))).toEqual(
			new Set(['ramsar-cop10/ramsar-cop10/null', 'cms-cop9/cms-cop9/null'])
		);
	});

	it('names the parties still owing their current-cycle report', () => {
		expect(data.outstanding.map((o) => `${o.cycle_id} ${o.iso3}`)).toEqual(['cms-cop9 KEN', 'ramsar-cop10 KEN']);
	});

	it('offers one year before the data date and the cycles due by it as presets', () => {
		expect(data.presets.map((p) => p.date)).toEqual(['2008-07-15', '2009-03-30', '2008-06-01', '2008-01-31', '2005-08-01', '2005-05-15']);
		expect(data.newParties).toEqual([]);
	});
});

describe('the boundary, the region and new parties', () => {
	it('leaves out a report submitted the day before', async () => {
		const data = await loadChanges(db, { since: '2009-03-31', ...all });
		expect(data.intake[0]).toMatchObject({ cycle_id: 'cbd-4nr', on_time: 0, late: 3 });
		expect(moves(data)).toEqual(['cbd BRA 1.2 not_started→advanced 3', 'cbd BRA 2.1 in_progress→advanced 1']);
	});

	it('narrows every number to a region and a convention', async () => {
		const europe = await loadChanges(db, { since: '2009-03-30', convention: null, region: 'Europe' });
		expect(europe.reports.map((r) => `${r.cycle_id} ${r.iso3}`).sort()).toEqual(['cbd-4nr FRA', 'cms-cop9 FRA']);
		expect(europe.outstanding).toEqual([]);
		// CBD 1.1 over France alone: 0.15 → 0.85.
		expect(europe.conventionMoves.find((m) => m.convention_id === 'cbd' && m.code === '1.1')).toMatchObject({
			before_status: 'not_started',
			now_status: 'advanced',
			move: 3,
			now_countries: 1
		});
		const cms = await loadChanges(db, { since: '2009-03-30', convention: 'cms', region: null });
		expect(cms.reports.map((r) => r.iso3)).toEqual(['FRA', 'BRA']);
		expect(cms.pairs).toEqual([]);
		expect(new Set(cms.conventionMoves.map((m) => m.convention_id))).toEqual(new Set(['cms']));
	});

	it('lists the parties that joined on the date or after', async () => {
		const data = await loadChanges(db, { since: '1999-05-01', ...all });
		expect(data.newParties.map((p) => `${p.convention_id} ${p.iso3} ${p.joined}`)).toEqual(['cms BRA 1999-10-01', 'cms KEN 1999-05-01']);
	});
});

describe('a decline against a report in an earlier format', () => {
	let dir: string;
	let variant: Db;
	beforeAll(async () => {
		const input = await copyTiny();
		dir = path.dirname(input);
		// Brazil's CMS COP10 report (format: m1 only) comes in on 10 July 2009 and answers m1 "no".
		await editFile(input, 'reports.csv', (text) => text.replace('cms,cms-cop10,BRA,', 'cms,cms-cop10,BRA,2009-07-10'));
		await editFile(input, 'responses.csv', appendLines('cms,cms-cop10,BRA,m1,n'));
		const out = path.join(dir, 'data');
		const result = await runPipeline({ input, out });
		expect(result.ok ? [] : result.problems).toEqual([]);
		variant = await openDataFolder(out);
	});
	afterAll(() => removeDir(dir));

	it('moves Brazil down on 2.1 and leaves out 1.1, which COP10 does not ask', async () => {
		const data = await loadChanges(variant, { since: '2009-06-25', ...all });
		// COP9 (submitted 20 June, before the date): 2.1 = 1 advanced, 1.1 no data; COP10: 2.1 = 0, 1.1 not covered.
		expect(moves(data)).toEqual(['cms BRA 2.1 advanced→not_started -3']);
		expect(data.pairs).toHaveLength(1);
		expect(data.intake.map((c) => [c.cycle_id, c.on_time, c.late, c.overdue])).toEqual([
			['cbd-4nr', 0, 2, 0],
			['cms-cop9', 0, 1, 1],
			['cms-cop10', 1, 0, 0]
		]);
	});
});

describe('dates', () => {
	it('reads only real calendar dates from the URL and counts one year back', () => {
		expect(validSince('2009-03-30')).toBe('2009-03-30');
		expect(validSince('2009-02-30')).toBeNull();
		expect(validSince('2009-3-30')).toBeNull();
		expect(validSince('<script>')).toBeNull();
		expect(yearBefore('2009-07-15')).toBe('2008-07-15');
		expect(yearBefore('2008-02-29')).toBe('2007-02-28');
		expect(yearBefore(null)).toBeNull();
	});
});
