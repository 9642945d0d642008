/** Files over the limits are refused on their sizes alone, with the CLI's words, before any byte is read. */
import { describe, expect, it } from 'vitest';
import { sizeProblems } from '../../../src/lib/open/size-check';

const MB = 1024 * 1024;

describe('sizeProblems', () => {
	it('accepts files within the limits', () => {
		expect(
			sizeProblems([
				{ name: 'responses.csv', size: 600 * MB },
				{ name: 'reports.csv', size: 10 * MB }
			])
		).toEqual([]);
	});

	it('refuses a file over the per-file limit', () => {
		expect(sizeProblems([{ name: 'responses.csv', size: 641 * MB }]).map((problem) => problem.text)).toEqual([
			'responses.csv: file is 641 MB; the limit is 640 MB per file. Fix: split the data into several inputs, or remove rows that are not needed.'
		]);
	});

	it('refuses files over the limit together', () => {
		const files = ['responses.csv', 'questions.csv', 'reports.csv'].map((name) => ({ name, size: 400 * MB }));
		expect(sizeProblems(files).map((problem) => problem.text)).toEqual([
			'the chosen files: the input files are 1200 MB together; the limit is 1024 MB. Fix: build from a smaller input (e.g. fewer cycles or conventions at a time).'
		]);
	});
});
