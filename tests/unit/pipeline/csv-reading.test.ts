/** Low-level reading: UTF-8 with the bad byte's line, record start lines, real calendar dates. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/core/read/decode-utf8';
import { isRealDate } from '../../../src/core/validate/field-checks';
import { recordStartLines } from '../../../src/core/read/record-lines';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeUtf8', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a,b\nCôte d’Ivoire,x\n'))).toEqual({ ok: true, text: 'a,b\nCôte d’Ivoire,x\n' });
	});

	it('names the line and position of a Latin-1 byte', () => {
		expect(decodeUtf8(bytes('a,b\nok,é\nFran', [0xe7], 'e,x\n'))).toEqual({ ok: false, line: 3, byte: 0xe7, offsetInLine: 4 });
	});

	it('finds a stray continuation byte and a sequence cut off at the end of a line', () => {
		expect(decodeUtf8(bytes('a\n', [0x80], 'b'))).toMatchObject({ ok: false, line: 2, offsetInLine: 0 });
		expect(decodeUtf8(bytes('a\nb', [0xc3], '\nc'))).toMatchObject({ ok: false, line: 2, byte: 0xc3, offsetInLine: 1 });
		expect(decodeUtf8(bytes('é', [0x80]))).toMatchObject({ ok: false, line: 1, byte: 0x80, offsetInLine: 2 });
	});
});

describe('recordStartLines', () => {
	it('numbers records by the line they start on', () => {
		expect([...recordStartLines('h\n1\n2\n')]).toEqual([1, 2, 3]);
		expect([...recordStartLines('h\r\n1\r\n2')]).toEqual([1, 2, 3]);
	});

	it('skips empty lines and continues records over line breaks inside quotes', () => {
		expect([...recordStartLines('h\n\n1,"a\nb"\n\r\n2,"x ""y""\nz"\n3\n\n')]).toEqual([1, 3, 6, 8]);
	});
});

describe('isRealDate', () => {
	it('accepts real YYYY-MM-DD dates only', () => {
		expect(['2009-03-30', '2008-02-29', '2000-02-29'].map(isRealDate)).toEqual([true, true, true]);
		expect(['2009-02-30', '2009-02-29', '1900-02-29', '2009-13-01', '2009-3-30', '30.03.2009', '2009-03-30T00:00', ''].map(isRealDate)).toEqual(
			Array(8).fill(false)
		);
	});
});
