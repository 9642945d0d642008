import { describe, expect, it } from 'vitest';
import { rowsToCsv } from './rows-csv';

describe('rowsToCsv (the Download page)', () => {
	it('writes the given columns of each row, formula-safe, with numbers kept', () => {
		const rows = [
			{ iso3: 'XXA', name: '=HYPERLINK("http://x","y")', score: -0.5, extra: 'ignored' },
			{ iso3: 'KEN', name: 'Kenya', score: null }
		];
		expect(rowsToCsv(['iso3', 'name', 'score'], rows)).toBe(`\ufeffiso3,name,score\r\nXXA,"'=HYPERLINK(""http://x"",""y"")",-0.5\r\nKEN,Kenya,\r\n`);
	});
});
