import { describe, expect, it } from 'vitest';
import { problemsCsv } from './problems-csv';

describe('problemsCsv', () => {
	it('writes every problem with file, line, column, problem and fix, formula-safe, through the one CSV writer', () => {
		const csv = problemsCsv([
			{ file: 'responses.csv', line: 2, column: 'answer', message: 'answer "Z" is not on scale yes_no', fix: 'use Y or N', text: '' },
			{ file: 'reports.csv', message: '=HYPERLINK("x")', text: '' }
		]);
		expect(csv).toBe(
			'\ufefffile,line,column,problem,fix\r\n' +
				'responses.csv,2,answer,"answer ""Z"" is not on scale yes_no",use Y or N\r\n' +
				'reports.csv,,,"\'=HYPERLINK(""x"")",\r\n'
		);
	});
});
