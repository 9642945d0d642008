/** The build-time engine's answers kept in memory (src/lib/server/answer-cache.ts). */
import { describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../../src/lib/db/connection';
import { sql } from '../../../src/lib/db/sql';
import { withAnswerCache } from '../../../src/lib/server/answer-cache';

/** An engine that counts the statements it runs; `fail` makes the next one fail. */
function countingEngine() {
	const ran: string[] = [];
	let fail = false;
	let value = 1;
	const engine: Engine = {
		async run(query) {
			ran.push(`${query.text} ${JSON.stringify(query.params)}`);
			if (fail) {
				fail = false;
				throw new Error('no such table');
			}
			return [{ value, params: query.params.join(',') }] as Row[];
		},
		async load() {
			value += 1;
		}
	};
	return { engine, ran, failNext: () => (fail = true), setValue: (v: number) => (value = v) };
}

describe('build-time engine: answers kept in memory', () => {
	it('runs a read once for the same statement and parameters, and again for other parameters', async () => {
		const { engine, ran } = countingEngine();
		const cached = withAnswerCache(engine);
		const answers = await Promise.all([cached.run(sql`SELECT ${1} AS a`), cached.run(sql`SELECT ${1} AS a`), cached.run(sql`SELECT ${2} AS a`)]);
		expect(answers.map(([row]) => row.params)).toEqual(['1', '1', '2']);
		expect(ran).toEqual(['SELECT ? AS a [1]', 'SELECT ? AS a [2]']);
		await cached.run(sql`WITH x AS (SELECT 1) SELECT ${1}`);
		await cached.run(sql`WITH x AS (SELECT 1) SELECT ${1}`);
		expect(ran).toHaveLength(3);
	});

	it('gives each caller its own rows', async () => {
		const cached = withAnswerCache(countingEngine().engine);
		const [first] = await cached.run(sql`SELECT 1`);
		first.value = 'changed by a page';
		const [again] = await cached.run(sql`SELECT 1`);
		expect(again.value).toBe(1);
	});

	it('does not keep a failed read', async () => {
		const { engine, ran, failNext } = countingEngine();
		const cached = withAnswerCache(engine);
		failNext();
		await expect(cached.run(sql`SELECT * FROM t`)).rejects.toThrow('no such table');
		await expect(cached.run(sql`SELECT * FROM t`)).resolves.toHaveLength(1);
		expect(ran).toHaveLength(2);
	});

	it('forgets every answer when a table is loaded or a statement changes the data', async () => {
		const { engine, ran, setValue } = countingEngine();
		const cached = withAnswerCache(engine);
		await cached.run(sql`SELECT 1`);
		await cached.load('t', 't.parquet');
		const [afterLoad] = await cached.run(sql`SELECT 1`);
		expect(afterLoad.value).toBe(2);
		setValue(9);
		await cached.run(sql`UPDATE t SET label = 'Kenya'`);
		const [afterUpdate] = await cached.run(sql`SELECT 1`);
		expect(afterUpdate.value).toBe(9);
		expect(ran.filter((text) => text.startsWith('SELECT 1'))).toHaveLength(3);
	});
});
