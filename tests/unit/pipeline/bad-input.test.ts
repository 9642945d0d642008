/**
 * Every kind of bad input (bad-input-contract.ts: the contract's checks; bad-input-hostile.ts: hostile or careless
 * files) stops the pipeline with a message naming the file, the line, the column and the
 * problem, and leaves the previous output byte-for-byte as it was, with no temporary folder left behind.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { CONTRACT_CASES } from './bad-input-contract';
import { HOSTILE_CASES } from './bad-input-hostile';
import { copyTiny, hashTree, leftovers, makeTempDir, removeDir, TINY } from './helpers';

const CASES = [...CONTRACT_CASES, ...HOSTILE_CASES];

let root: string;
let out: string;
let goodOutput: Record<string, string>;

beforeAll(async () => {
	root = await makeTempDir();
	out = path.join(root, 'data');
	const result = await runPipeline({ input: TINY, out });
	expect(result.ok).toBe(true);
	goodOutput = await hashTree(out);
});
afterAll(() => removeDir(root));

describe('bad input', () => {
	it.each(CASES)('reports $name', async ({ breakInput, expected, also }) => {
		const input = await copyTiny();
		try {
			await breakInput(input);
			const result = await runPipeline({ input, out });
			if (result.ok) throw new Error('the pipeline accepted bad input');

			const where = `${path.join(input, expected.file)}${expected.line === undefined ? '' : `:${expected.line}`}: `;
			const prefix = where + (expected.column ? `column ${expected.column}: ` : '');
			const match = result.problems.find((problem) => problem.startsWith(prefix) && problem.includes(expected.text));
			expect(match, `no problem starting with ${prefix} and containing ${expected.text} in:\n${result.problems.join('\n')}`).toBeDefined();
			expect(match).toContain('. Fix: ');
			for (const problem of result.problems) expect(problem.split('. Fix: ').length, problem).toBeLessThanOrEqual(2);
			also?.(result.problems);
			expect(await hashTree(out)).toEqual(goodOutput);
			expect(await leftovers(out)).toEqual([]);
		} finally {
			await removeDir(path.dirname(input));
		}
	});
});
