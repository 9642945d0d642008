import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, neutraliseFormula } from './csv-format';

describe('neutraliseFormula (OWASP CSV injection)', () => {
	it('prefixes a quote to text that a spreadsheet would run as a formula', () => {
		for (const text of ['=HYPERLINK("http://x","y")', '+1+cmd|x', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=', '-']) {
			expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
		}
	});

	it('leaves other text, and text that is exactly a number, as it is', () => {
		for (const text of ['Kenya', "Côte d'Ivoire", ' =1', '1=1', '-1', '+2', '-0.25', '.5', '-1e3', '', 'a-b']) {
			expect(neutraliseFormula(text), JSON.stringify(text)).toBe(text);
		}
	});
});

describe('csvField', () => {
	it('writes numbers as numbers, negative ones too, and NULL as empty', () => {
		expect(csvField(-0.25)).toBe('-0.25');
		expect(csvField(3)).toBe('3');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(csvField(12n)).toBe('12');
		expect(csvField(new Date('2010-10-29T00:00:00Z'))).toBe('2010-10-29');
	});

	it('neutralises, then quotes per RFC 4180', () => {
		expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvField('\r=1')).toBe(`"'\r=1"`);
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});
});

describe('csvDocument', () => {
	it('is one format: byte-order mark, header, CRLF after every line', () => {
		expect(
			csvDocument(
				['name', 'score'],
				[
					['=1+1', -0.5],
					['Kenya', null]
				]
			)
		).toBe("\ufeffname,score\r\n'=1+1,-0.5\r\nKenya,\r\n");
	});

	it('neutralises a header too', () => {
		expect(csvDocument(['@evil'], [])).toBe("\ufeff'@evil\r\n");
	});
});
