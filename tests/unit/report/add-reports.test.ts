/** `--add`: what the merge refuses, with a message naming the file and the problem (the merge itself: studio-roundtrip.test.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey, newDraft, withAnswer } from '../../../src/lib/report/draft';
import { reportZip } from '../../../src/lib/report/report-files';
import { mergeReports } from '../../../src/pipeline/add-reports';
import { parseCliArgs } from '../../../src/pipeline/args';
import { makeTempDir, removeDir, TINY } from '../pipeline/helpers';

let root: string;
let zip: Uint8Array;
beforeAll(async () => {
	root = await makeTempDir('add-reports-');
	const draft = withAnswer(newDraft('KEN', 'ramsar', [{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10' }]), answerKey('ramsar', 'ramsar-cop10', 'r1'), 'A');
	zip = await reportZip(draft, '2009-07-20');
});
afterAll(() => removeDir(root));

describe('--add', () => {
	it('is a repeatable option of npm run data', () => {
		expect(parseCliArgs(['--add', 'a.zip', '--add', 'b'], {}, () => false)).toMatchObject({ ok: true, add: ['a.zip', 'b'] });
		expect(parseCliArgs([], {}, () => false)).toMatchObject({ ok: true, add: [] });
	});

	it('refuses a report whose file does not match its checksum, or that misses a file', async () => {
		const files = unzipSync(zip);
		const tampered = path.join(root, 'tampered.zip');
		await writeFile(
			tampered,
			zipSync({ ...files, 'responses.csv': strToU8('convention_id,cycle_id,iso3,question_id,answer\nramsar,ramsar-cop10,KEN,r1,B\n') })
		);
		const folder = path.join(root, 'no-manifest');
		await mkdir(folder);
		await writeFile(path.join(folder, 'reports.csv'), files['reports.csv']);
		const merged = await mergeReports(TINY, [tampered, folder, path.join(root, 'absent.zip')], undefined);
		expect(merged.ok ? [] : merged.problems).toEqual([
			`${tampered}: responses.csv does not match its checksum in manifest.json`,
			`${folder}: missing manifest.json`,
			expect.stringContaining(`${path.join(root, 'absent.zip')}: ENOENT`)
		]);
	});

	it('refuses to add to a generated sample that --real would generate again', async () => {
		const sample = path.join(root, 'sample');
		await mkdir(sample);
		await writeFile(path.join(sample, 'sample.json'), '{"sample": true, "seed": 1}');
		const zipFile = path.join(root, 'report.zip');
		await writeFile(zipFile, zip);
		const merged = await mergeReports(sample, [zipFile], 'data/real');
		expect(merged.ok ? [] : merged.problems).toEqual([expect.stringContaining("run with --real '' to add reports to it")]);
	});
});
