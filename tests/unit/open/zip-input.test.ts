/**
 * A zip of the contract's files opens like the files themselves; a zip bomb is stopped by what it really unpacks
 * to (the sizes it claims can lie); a zip or a choice holding a wrong kind of file says what to do instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OpenedFile, OpenResult } from '../../../src/lib/open/open-types';
import { unzipInput } from '../../../src/lib/open/unzip';
import { TINY } from '../pipeline/helpers';
import { folderAsChosen, openInNode } from './wasm-host';

const MB = 1024 * 1024;

async function tinyZip(): Promise<OpenedFile> {
	const entries: Record<string, Uint8Array> = {};
	for (const name of await readdir(TINY)) entries[`tiny/${name}`] = new Uint8Array(await readFile(path.join(TINY, name)));
	return { name: 'tiny.zip', bytes: zipSync(entries) };
}

/** A zip whose one entry unpacks to `size` zero bytes, deflated as it streams (a few hundred KB per 640 MB). */
function zerosZip(entry: string, size: number): Uint8Array {
	const parts: Uint8Array[] = [];
	const zip = new Zip((error, data) => {
		if (error) throw error;
		parts.push(data);
	});
	const file = new ZipDeflate(entry, { level: 1 });
	zip.add(file);
	const chunk = new Uint8Array(16 * MB);
	for (let left = size; left > 0; left -= chunk.length) file.push(left > chunk.length ? chunk : chunk.subarray(0, left), left <= chunk.length);
	zip.end();
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
	return out;
}

const texts = (result: OpenResult) => (result.ok ? [] : result.problems.map((problem) => problem.text));
const manifestTables = (result: OpenResult) =>
	result.ok ? Object.entries(result.manifest.tables).map(([name, table]) => [name, table.rows, table.sha256]) : texts(result);

describe('a zip of the contract', () => {
	// Two fresh engines, one after the other: 9 s on an idle machine, 46–71 s in `npm test` (niced, beside the
	// browser tests), so its time limit is the suite's for slow hooks, not the 60 s of one test.
	it('opens like the files themselves, with the same tables', async () => {
		const zipped = await openInNode([await tinyZip()]);
		const loose = await openInNode(await folderAsChosen(TINY));
		expect(zipped.ok, texts(zipped).join('\n')).toBe(true);
		expect(manifestTables(zipped)).toEqual(manifestTables(loose));
	}, 180_000);

	it('names a file of the zip that has a problem by its place in the zip', async () => {
		const zip = await tinyZip();
		const unzipped = unzipInput(zip);
		if (!unzipped.ok) throw new Error(unzipped.problem.message);
		const files = Object.fromEntries(
			unzipped.files.filter((file) => !file.name.endsWith('countries.csv')).map((file) => [file.name.slice('tiny.zip/'.length), file.bytes])
		);
		const result = await openInNode([{ name: 'mine.zip', bytes: zipSync(files) }]);
		expect(texts(result)).toContain('mine.zip/tiny/countries.csv: file is missing. Fix: add countries.csv to the input folder.');
	});
});

describe('a zip bomb', () => {
	it('is refused at the per-file limit by the size it states, before unpacking', async () => {
		const zip = zipSync({ 'responses.csv': new Uint8Array(MB) });
		lieAboutSizes(zip, 700 * MB);
		expect(texts(await openInNode([{ name: 'bomb.zip', bytes: zip }]))).toEqual([
			'bomb.zip/responses.csv: file unpacks to 700 MB; the limit is 640 MB per file. Fix: split the data into several inputs, or remove rows that are not needed.'
		]);
	});

	it('is stopped at the per-file limit by what it unpacks to, a slice at a time', () => {
		const result = unzipInput({ name: 'bomb.zip', bytes: zerosZip('responses.csv', 40 * MB) }, { fileBytes: 8 * MB, totalBytes: 16 * MB });
		expect(result.ok ? '' : result.problem.message).toMatch(/^file unpacks to (8|9|1\d)\.?\d* MB or more; the limit is 8\.0 MB per file$/);
	});

	it('is stopped at the total limit when each file is within its own', () => {
		const entries = Object.fromEntries(['a.csv', 'b.csv', 'c.csv'].map((name) => [name, new Uint8Array(MB)]));
		const result = unzipInput({ name: 'many.zip', bytes: zipSync(entries) }, { fileBytes: 2 * MB, totalBytes: 2.5 * MB });
		expect(result.ok ? '' : result.problem.message).toBe('the files in the zip unpack to 3.0 MB or more together; the limit is 2.5 MB');
	});

	it('is stopped even when its headers claim small sizes', () => {
		const zip = zipSync({ 'responses.csv': new Uint8Array(3 * MB) });
		lieAboutSizes(zip, 100);
		const result = unzipInput({ name: 'liar.zip', bytes: zip }, { fileBytes: MB, totalBytes: 2 * MB });
		expect(result.ok ? '' : result.problem.message).toMatch(/^file unpacks to \d\.\d MB or more; the limit is 1\.0 MB per file$/);
	});
});

describe('a wrong kind of file', () => {
	it('a spreadsheet in a zip says to save CSV', async () => {
		const result = await openInNode([{ name: 'book.zip', bytes: zipSync({ 'responses.xlsx': new Uint8Array([0x50, 0x4b, 3, 4]) }) }]);
		expect(texts(result)).toEqual([
			'book.zip/responses.xlsx: is a spreadsheet workbook, not a CSV file. Fix: save each sheet as "CSV UTF-8 (comma delimited)" under its contract name (e.g. responses.csv) and open those files.'
		]);
	});

	it('a PDF among the CSV files', async () => {
		const files = [...(await folderAsChosen(TINY)), { name: 'tiny/report.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }];
		expect(texts(await openInNode(files))).toEqual([
			"tiny/report.pdf: is not a CSV file of the contract. Fix: open the contract's CSV files (see the template), or one zip of them."
		]);
	});

	it('a .zip that is not a zip', async () => {
		const result = await openInNode([{ name: 'data.zip', bytes: new TextEncoder().encode('iso3,name\nFRA,France\n') }]);
		expect(texts(result)).toHaveLength(1);
		expect(texts(result)[0]).toMatch(/^data\.zip: (is not a zip file that can be read|holds no files \(or is not a zip file\))/);
	});
});

/** Set every size field of the zip's local and central headers to `size` (a bomb's lie). */
function lieAboutSizes(zip: Uint8Array, size: number): void {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	for (let at = 0; at + 4 <= zip.length; at++) {
		const signature = view.getUint32(at, true);
		if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
		if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
	}
}
