/**
 * The Download page's Parquet files and manifest.json open again as they are, after a check; a value with a
 * spreadsheet formula prefix (=, +, -, @) is data like any other on both hosts (exports are made safe elsewhere).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedFile, OpenResult } from '../../../src/lib/open/open-types';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { copyTiny, makeTempDir, readParquet, removeDir, TINY } from '../pipeline/helpers';
import { replaceIn } from '../pipeline/bad-input-contract';
import { folderAsChosen, openInNode } from './wasm-host';

let root: string;
let out: string;
let downloaded: OpenedFile[];

beforeAll(async () => {
	root = await makeTempDir();
	out = path.join(root, 'data');
	const built = await runPipeline({ input: TINY, out });
	if (!built.ok) throw new Error(built.problems.join('\n'));
	// The Download page offers the whole tables and the manifest (not the per-country parts in responses/).
	const files = (await readdir(out, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
	downloaded = await Promise.all(files.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(out, name))) })));
});
afterAll(() => removeDir(root));

const texts = (result: OpenResult) => (result.ok ? [] : result.problems.map((problem) => problem.text));
const without = (name: string) => downloaded.filter((file) => file.name !== name);

describe("the Download page's Parquet files", () => {
	it('pass through unchanged with their manifest, less its per-country parts (opened data is whole tables)', async () => {
		const result = await openInNode(downloaded);
		if (!result.ok) throw new Error(texts(result).join('\n'));
		const { partitions, ...whole } = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
		expect(Object.keys(partitions.responses.parts).length).toBeGreaterThan(0);
		expect(result.manifest).toEqual(whole);
		expect(result.manifest.partitions).toBeUndefined();
		for (const file of downloaded.filter((given) => given.name.endsWith('.parquet'))) expect(result.tables[file.name]).toEqual(file.bytes);
	});

	it('need the manifest that lists them', async () => {
		expect(texts(await openInNode(without('manifest.json')))).toEqual([
			'manifest.json: file is missing (the Parquet files need the manifest that lists them). Fix: download the files again from the Download page, with their manifest.json.'
		]);
	});

	it('must all be there', async () => {
		expect(texts(await openInNode(without('status.parquet')))).toEqual([
			'status.parquet: file is missing. Fix: add status.parquet, or download the files again from the Download page, with their manifest.json.'
		]);
	});

	it('must be the files the manifest lists', async () => {
		const changed = downloaded.map((file) =>
			file.name === 'cycles.parquet' ? { ...file, bytes: file.bytes.map((byte, i) => (i === 100 ? byte ^ 1 : byte)) } : file
		);
		expect(texts(await openInNode(changed))).toEqual([
			'cycles.parquet: is not the file manifest.json lists (its size or checksum differs). Fix: download the files again from the Download page, with their manifest.json.'
		]);
	});

	it('must hold every table the dashboard needs', async () => {
		const manifest = JSON.parse(new TextDecoder().decode(downloaded.find((file) => file.name === 'manifest.json')!.bytes));
		delete manifest.tables.reporting;
		const files = [...without('manifest.json'), { name: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest)) }];
		expect(texts(await openInNode(files))).toEqual([
			'manifest.json: does not list the table "reporting". Fix: download the files again from the Download page, with their manifest.json.'
		]);
	});
});

describe('values with a formula prefix', () => {
	it('are accepted as names on both hosts, and kept as written', async () => {
		const names = { BRA: '=HYPERLINK("http://example.org","Brazil")', FRA: '+33 France', KEN: '-Kenya', NZL: '@SUM(A1)' };
		const input = await copyTiny();
		try {
			const was = { BRA: 'Brazil', FRA: 'France', KEN: 'Kenya', NZL: 'New Zealand' };
			for (const [iso3, name] of Object.entries(names))
				await replaceIn('countries.csv', `${iso3},${was[iso3 as keyof typeof was]},`, `${iso3},"${name.replaceAll('"', '""')}",`)(input);
			const cli = await runPipeline({ input, out: path.join(root, 'formula') });
			expect(cli.ok ? [] : cli.problems).toEqual([]);
			const browser = await openInNode(await folderAsChosen(input));
			if (!browser.ok) throw new Error(texts(browser).join('\n'));
			await writeFile(path.join(root, 'browser-countries.parquet'), browser.tables['countries.parquet']);
			const read = async (file: string) => Object.fromEntries((await readParquet(file)).map((row) => [row.iso3, row.name]));
			expect(await read(path.join(root, 'formula', 'countries.parquet'))).toEqual(names);
			expect(await read(path.join(root, 'browser-countries.parquet'))).toEqual(names);
		} finally {
			await removeDir(path.dirname(input));
		}
	}, 60_000);
});
