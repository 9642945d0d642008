import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../../src/pipeline/sample/csv';

describe('csvField', () => {
	it('leaves plain text alone and writes null as empty', () => {
		expect(csvField('Ramsar')).toBe('Ramsar');
		expect(csvField(null)).toBe('');
		expect(csvField(1 / 3)).toBe('0.3333333333333333');
	});

	it('quotes commas, quotes and line breaks, doubling the quotes', () => {
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "yes"')).toBe('"say ""yes"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('round-trips through a CSV parser', () => {
		const values = ["world's", 'a, "b"', 'line\r\nbreak', '', 'Türkiye'];
		expect(parse(csvLine(values))).toEqual([values]);
	});
});
