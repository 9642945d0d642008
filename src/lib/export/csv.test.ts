import { describe, expect, it } from 'vitest';
import type { TableData } from '../charts/table';
import { tableToCsv } from './csv';

interface Row {
	name: string;
	status: string;
	score: number | null;
	change: number;
}

const table: TableData<Row> = {
	caption: 'Test',
	rows: [
		{ name: '=HYPERLINK("http://x","y")', status: 'early', score: 0.3125, change: -0.25 },
		{ name: 'Kenya', status: 'no_data', score: null, change: 0.5 }
	],
	columns: [
		{ label: 'Country', cell: (row) => row.name },
		{
			label: 'Status',
			cell: (row) => `◔ ${row.status}`,
			category: (row) => ({ id: row.status, label: row.status === 'early' ? 'Early stages' : 'No data' })
		},
		{ label: 'Score', cell: (row) => (row.score === null ? '–' : row.score.toFixed(2)), numeric: true, value: (row) => row.score },
		{ label: '◕ Change', csvLabel: 'Change', cell: (row) => `${row.change * 100} %`, numeric: true }
	]
};

describe('tableToCsv (chart exports)', () => {
	it('writes machine-readable columns: class id and label apart, raw numbers, no symbols, formula-safe text (a formatted "-25 %" without a raw value is text)', () => {
		expect(tableToCsv(table).split('\r\n')).toEqual([
			'\ufeffCountry,Status (id),Status,Score,Change',
			`"'=HYPERLINK(""http://x"",""y"")",early,Early stages,0.3125,'-25 %`,
			'Kenya,no_data,No data,,50 %',
			''
		]);
	});
});
