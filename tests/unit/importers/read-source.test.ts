/** A source that is not UTF-8 is reported at the line and position of its first bad byte. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/pipeline/importers/read-source';
import { printed } from './helpers';

describe('reading a source file', () => {
	it('reports a Windows-1252 file at the line and byte that is not UTF-8', () => {
		const bytes = Buffer.from('id_no,name_en\n1,Tassili\n2,Djémila\n', 'latin1');
		const result = decodeSource(bytes, 'real/whc.csv');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(printed([result.problem])).toEqual([
				'real/whc.csv:3: file is not UTF-8 (byte 0xE9 at position 5 of the line). Fix: re-save the file as UTF-8 (exports from UNESCO and the World Bank are often Windows-1252).'
			]);
	});

	it('returns the text, dropping a byte-order mark, and the sha256 of the bytes', () => {
		const bytes = Buffer.from('\uFEFFentity,year\nCôte d’Ivoire,2010\n', 'utf8');
		const result = decodeSource(bytes, 'x.csv');
		expect(result).toEqual({
			ok: true,
			text: 'entity,year\nCôte d’Ivoire,2010\n',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			bytes: bytes.length
		});
	});
});
