/** The default-size sample looks like the real thing: real cycles and party counts, plausible rates and answers. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInTemp, keyOf, readTables, setOf, type Tables } from './generated';

let tables: Tables;
let remove: () => Promise<void>;

beforeAll(async () => {
	const generated = await generateInTemp();
	remove = generated.remove;
	tables = await readTables(generated.outDir);
});
afterAll(() => remove());

function correlation(pairs: [number, number][]): number {
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
	const [xs, ys] = [pairs.map(([x]) => x), pairs.map(([, y]) => y)];
	const [mx, my] = [mean(xs), mean(ys)];
	const sd = (values: number[], m: number) => Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
	return mean(pairs.map(([x, y]) => (x - mx) * (y - my))) / (sd(xs, mx) * sd(ys, my));
}

describe('realism', () => {
	it('has 21 targets, 11 goals and 7 focal areas', () => {
		const count = (level: string) => tables.framework.filter((row) => row.level === level).length;
		expect([count('target'), count('goal'), count('focal_area')]).toEqual([21, 11, 7]);
	});

	it('submission rates lie between 50% and 95% in every cycle', () => {
		for (const { cycle_id } of tables.cycles) {
			const reports = tables.reports.filter((row) => row.cycle_id === cycle_id);
			const rate = reports.filter((row) => row.submitted !== '').length / reports.length;
			expect(rate, cycle_id).toBeGreaterThanOrEqual(0.5);
			expect(rate, cycle_id).toBeLessThanOrEqual(0.95);
		}
	});

	it('formats have 20 to 60 questions and some question maps to no target', () => {
		for (const { cycle_id } of tables.cycles) {
			const count = tables.questions.filter((row) => row.cycle_id === cycle_id).length;
			expect(count, cycle_id).toBeGreaterThanOrEqual(20);
			expect(count, cycle_id).toBeLessThanOrEqual(60);
		}
		const mapped = setOf(tables.crosswalk, ['convention_id', 'question_id']);
		expect(tables.questions.some((row) => !mapped.has(keyOf(row, ['convention_id', 'question_id'])))).toBe(true);
	});

	it('has party counts near the real 2010 ones, without the USA in the CBD', () => {
		const by2010 = (id: string) => tables.parties.filter((p) => p.convention_id === id && p.joined <= '2010-12-31').length;
		expect(by2010('cbd')).toBe(192);
		expect(by2010('cites')).toBe(175);
		expect(by2010('cms')).toBe(113);
		expect(by2010('ramsar')).toBe(160);
		expect(by2010('whc')).toBe(185);
		expect(tables.parties.some((p) => p.convention_id === 'cbd' && p.iso3 === 'USA')).toBe(false);
	});

	it('uses the real cycles and due dates', () => {
		const cycles = new Map(tables.cycles.map((row) => [row.cycle_id, row]));
		expect(cycles.get('cbd-3nr')).toMatchObject({ convention_id: 'cbd', year: '2005', due: '2005-05-15' });
		expect(cycles.get('cbd-4nr')?.due).toBe('2009-03-30');
		expect(cycles.get('ramsar-cop10')?.due).toBe('2008-03-31');
		expect([...cycles.keys()].every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
	});

	it('has some not-applicable answers and answers at every step of the scales', () => {
		const notApplicable = new Set(tables.scales.filter((row) => row.score === '').map((row) => row.answer));
		expect(tables.responses.some((row) => notApplicable.has(row.answer))).toBe(true);
		const ramsar = new Set(tables.responses.filter((row) => row.convention_id === 'ramsar').map((row) => row.answer));
		expect([...ramsar].sort()).toEqual(['A', 'B', 'C', 'D', 'X']);
	});

	it('keeps country tendencies across cycles, mostly improving', () => {
		const scoreOf = new Map(tables.scales.map((row) => [keyOf(row, ['scale_id', 'answer']), row.score]));
		const scaleOf = new Map(tables.questions.map((row) => [keyOf(row, ['cycle_id', 'question_id']), row.scale_id]));
		const sums = new Map<string, [number, number]>();
		for (const row of tables.responses) {
			const score = scoreOf.get(`${scaleOf.get(keyOf(row, ['cycle_id', 'question_id']))}|${row.answer}`);
			if (score === '') continue;
			const [sum, n] = sums.get(keyOf(row, ['cycle_id', 'iso3'])) ?? [0, 0];
			sums.set(keyOf(row, ['cycle_id', 'iso3']), [sum + Number(score), n + 1]);
		}
		const mean = (cycle: string, iso3: string) => {
			const entry = sums.get(`${cycle}|${iso3}`);
			return entry && entry[0] / entry[1];
		};
		for (const [first, second] of [
			['cbd-3nr', 'cbd-4nr'],
			['ramsar-cop10', 'ramsar-cop11'],
			['whc-pr1', 'whc-pr2']
		]) {
			const both = tables.countries
				.map(({ iso3 }) => [mean(first, iso3), mean(second, iso3)])
				.filter((pair): pair is [number, number] => pair.every((value) => value !== undefined));
			const improved = both.filter(([a, b]) => b > a).length / both.length;
			expect(improved, `${first} → ${second}`).toBeGreaterThan(0.55);
			expect(correlation(both), `${first} → ${second}`).toBeGreaterThan(0.5);
		}
	});

	it('stays between 60,000 and 120,000 responses by default', () => {
		expect(tables.responses.length).toBeGreaterThanOrEqual(60_000);
		expect(tables.responses.length).toBeLessThanOrEqual(120_000);
	});
});
