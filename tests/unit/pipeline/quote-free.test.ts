/**
 * The fast reading of quote-free batches (src/core/read/quote-free.ts) gives exactly what csv-parse with the
 * contract's options and recordStartLines give, for every text it accepts, and declines the others.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS } from '../../../src/core/read/csv-options';
import { splitQuoteFree } from '../../../src/core/read/quote-free';
import { recordStartLines } from '../../../src/core/read/record-lines';

const reference = (text: string, firstLine: number) => ({
	records: parse(text, CSV_OPTIONS) as string[][],
	lines: Int32Array.from(recordStartLines(text), (line) => line + firstLine - 1)
});

/** A pseudo-random text of records built from these pieces (seeded: the same texts every run). */
function randomText(seed: number): string {
	const pieces = ['a', 'KEN', 'Côte d’Ivoire', ' ', '', '1.5', '-1', '=1+2', 'x y', '\t', '😀'];
	const ends = ['\n', '\r\n', '\n\n', '\r\n\r\n', '\n \n'];
	let state = seed;
	const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
	const rows: string[] = [];
	for (let r = next(8); r >= 0; r--) {
		const fields = Array.from({ length: next(5) + 1 }, () => pieces[next(pieces.length)]);
		rows.push(fields.join(',') + ends[next(ends.length)]);
	}
	const text = rows.join('');
	return next(3) === 0 ? text.replace(/\r?\n$/, '') : text;
}

describe('reading a quote-free batch', () => {
	it('gives what csv-parse gives, lines included', () => {
		const texts = [
			'a,b,c\n1,2,3\n',
			'a,b\r\n1,2\r\n',
			'a,b\n\n1,2\n\r\n3,4',
			'a,b,\n,,\n',
			'x\n',
			'',
			'\n\n',
			'  \n,\n',
			...Array.from({ length: 300 }, (_, i) => randomText(i + 1))
		];
		for (const text of texts) {
			const split = splitQuoteFree(text, 7);
			expect(split, JSON.stringify(text)).not.toBeNull();
			expect(split, JSON.stringify(text)).toEqual(reference(text, 7));
		}
	});

	it('declines quotes, a carriage return not before a line feed, and a byte-order mark', () => {
		for (const text of ['a,"b"\n', 'a\rb\n', 'a,b\r', 'a\r\r\n', '\ufeffa,b\n']) expect(splitQuoteFree(text, 1), JSON.stringify(text)).toBeNull();
	});
});
