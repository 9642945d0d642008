/** All problems are reported in one run, file by file and line by line, capped with "... and N more". */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { appendLines, copyTiny, editFile, makeTempDir, removeDir } from './helpers';

const cleanup: string[] = [];
afterEach(async () => {
	await Promise.all(cleanup.splice(0).map(removeDir));
});

async function brokenCopy(): Promise<string> {
	const input = await copyTiny();
	cleanup.push(path.dirname(input));
	return input;
}

async function problemsOf(input: string): Promise<string[]> {
	const root = await makeTempDir();
	cleanup.push(root);
	const result = await runPipeline({ input, out: path.join(root, 'data') });
	if (result.ok) throw new Error('the pipeline accepted bad input');
	return result.problems;
}

describe('several problems', () => {
	it('are all reported at once, in contract file order', async () => {
		const input = await brokenCopy();
		await editFile(input, 'responses.csv', (text) => text.replace('cbd,cbd-4nr,FRA,q3,n', 'cbd,cbd-4nr,FRA,q3,maybe'));
		await editFile(input, 'countries.csv', appendLines('KEN,Kenya,Africa,Sub-Saharan Africa,'));
		await editFile(input, 'scales.csv', (text) => text.replace('Early stages,0.3', 'Early stages,-0.3'));
		await editFile(input, 'parties.csv', (text) => text.replace('cbd,BRA,1994-05-28', 'cbd,BRA,1994-13-28'));

		const problems = await problemsOf(input);
		const where = problems.map((problem) => path.relative(input, problem.split(': ')[0]));
		expect(where).toEqual(['countries.csv:6', 'parties.csv:2', 'scales.csv:5', 'responses.csv:13']);
	});

	it('are capped at 50 lines with a count of the rest', async () => {
		const input = await brokenCopy();
		const bad = Array.from({ length: 120 }, (_, i) => `cbd,cbd-4nr,KEN,x${i},y`);
		await editFile(input, 'responses.csv', appendLines(...bad));

		const problems = await problemsOf(input);
		expect(problems).toHaveLength(51);
		expect(problems[0]).toContain('responses.csv:31: column question_id: question "x0" is not in questions.csv');
		expect(problems[49]).toContain('responses.csv:80:');
		expect(problems[50]).toBe('... and 70 more');
	});
});
