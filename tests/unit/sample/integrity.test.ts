/** The default-size sample: contract headers, unique keys, and every reference resolves. */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_FILES, SAMPLE_NOTICE } from '../../../src/lib/schema';
import { generateInTemp, headerOf, keyOf, readTables, setOf, type Tables } from './generated';

let tables: Tables;
let outDir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
	({ outDir, remove } = await generateInTemp());
	tables = await readTables(outDir);
});
afterAll(() => remove());

describe('files', () => {
	it('have the contract header, in order', async () => {
		for (const { file, columns } of Object.values(INPUT_FILES)) expect(await headerOf(outDir, file)).toEqual(columns);
	});

	it('include sample.json with the actual response count', async () => {
		const marker = JSON.parse(await readFile(join(outDir, 'sample.json'), 'utf8'));
		expect(marker).toEqual({
			sample: true,
			seed: 2010,
			responses: tables.responses.length,
			generator: 'npm run data:sample',
			notice: SAMPLE_NOTICE
		});
	});

	it('have no duplicate keys', () => {
		const keys: [keyof Tables, string[]][] = [
			['conventions', ['convention_id']],
			['framework', ['element_id']],
			['countries', ['iso3']],
			['parties', ['convention_id', 'iso3']],
			['cycles', ['cycle_id']],
			['reports', ['cycle_id', 'iso3']],
			['scales', ['scale_id', 'answer']],
			['questions', ['cycle_id', 'question_id']],
			['crosswalk', ['convention_id', 'question_id', 'element_id']],
			['responses', ['cycle_id', 'iso3', 'question_id']]
		];
		for (const [table, columns] of keys) expect(setOf(tables[table], columns).size, table).toBe(tables[table].length);
	});
});

describe('references', () => {
	it('every iso3 is a country', () => {
		const countries = setOf(tables.countries, ['iso3']);
		for (const table of ['parties', 'reports', 'responses'] as const) {
			expect(
				tables[table].filter((row) => !countries.has(row.iso3)),
				table
			).toEqual([]);
		}
	});

	it('every crosswalk element is a target and every question of the crosswalk exists', () => {
		const targets = new Set(tables.framework.filter((row) => row.level === 'target').map((row) => row.element_id));
		const questions = setOf(tables.questions, ['convention_id', 'question_id']);
		for (const row of tables.crosswalk) {
			expect(targets.has(row.element_id), row.element_id).toBe(true);
			expect(questions.has(keyOf(row, ['convention_id', 'question_id']))).toBe(true);
		}
	});

	it("every answer is on its question's scale", () => {
		const scaleOf = new Map(tables.questions.map((row) => [keyOf(row, ['cycle_id', 'question_id']), row.scale_id]));
		const answers = setOf(tables.scales, ['scale_id', 'answer']);
		const offScale = tables.responses.filter((row) => !answers.has(`${scaleOf.get(keyOf(row, ['cycle_id', 'question_id']))}|${row.answer}`));
		expect(offScale).toEqual([]);
	});

	it('responses come only from submitted reports, one per question of the format', () => {
		const submitted = tables.reports.filter((row) => row.submitted !== '');
		const submittedKeys = setOf(submitted, ['cycle_id', 'iso3']);
		expect(tables.responses.filter((row) => !submittedKeys.has(keyOf(row, ['cycle_id', 'iso3'])))).toEqual([]);
		const questionsPerCycle = new Map<string, number>();
		for (const { cycle_id } of tables.questions) questionsPerCycle.set(cycle_id, (questionsPerCycle.get(cycle_id) ?? 0) + 1);
		const expected = submitted.reduce((sum, row) => sum + questionsPerCycle.get(row.cycle_id)!, 0);
		expect(tables.responses.length).toBe(expected);
	});

	it('reports are expected from every party that had joined by the due date, and only from them', () => {
		const dueOf = new Map(tables.cycles.map((row) => [row.cycle_id, row.due]));
		for (const cycle of tables.cycles) {
			const owing = tables.parties.filter((p) => p.convention_id === cycle.convention_id && p.joined <= cycle.due);
			const expected = tables.reports.filter((r) => r.cycle_id === cycle.cycle_id);
			expect(setOf(expected, ['iso3']), cycle.cycle_id).toEqual(setOf(owing, ['iso3']));
		}
		expect(tables.reports.every((row) => dueOf.has(row.cycle_id))).toBe(true);
	});

	it('framework parents exist', () => {
		const ids = setOf(tables.framework, ['element_id']);
		for (const row of tables.framework) expect(row.parent_id === '' || ids.has(row.parent_id)).toBe(true);
	});
});
