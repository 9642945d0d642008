/**
 * Legal but odd input builds, with a warning in the problems' form; an unexpected failure is reported in that
 * form too, not as a stack trace.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { describeUnexpected } from '../../../src/pipeline/unexpected-error';
import { copyTiny, editFile, makeTempDir, removeDir } from './helpers';

let root: string;
beforeAll(async () => {
	root = await makeTempDir();
});
afterAll(() => removeDir(root));

describe('warnings', () => {
	it('warns of a report submitted before its country joined, and of a cycle year far from its due date', async () => {
		const input = await copyTiny();
		try {
			await editFile(input, 'parties.csv', (text) => text.replace('cbd,BRA,1994-05-28', 'cbd,BRA,2009-01-01'));
			await editFile(input, 'cycles.csv', (text) =>
				text.replace('ramsar,ramsar-cop9,National reports to COP9,2005', 'ramsar,ramsar-cop9,National reports to COP9,1995')
			);
			const result = await runPipeline({ input, out: path.join(root, 'data') });
			if (!result.ok) throw new Error(result.problems.join('\n'));
			expect(result.warnings).toEqual([
				`${path.join(input, 'reports.csv')}:2: column submitted: submitted "2005-06-01", before "BRA" joined "cbd" on "2009-01-01" (parties.csv line 2). Fix: check the submitted date here and the joined date in parties.csv.`,
				`${path.join(input, 'cycles.csv')}:4: column year: cycle "ramsar-cop9" has year 1995 but is due on 2005-08-01, 10 years apart. Fix: check the year and the due date.`
			]);
		} finally {
			await removeDir(path.dirname(input));
		}
	});

	it('has none for the clean fixture', async () => {
		const input = await copyTiny();
		try {
			const result = await runPipeline({ input, out: path.join(root, 'clean') });
			expect(result.ok && result.warnings).toEqual([]);
		} finally {
			await removeDir(path.dirname(input));
		}
	});
});

describe('an unexpected error', () => {
	it('comes out as one file / what / fix line, naming the file when the error has one', () => {
		const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/srv/site/static/data/status.parquet' });
		expect(describeUnexpected(error, 'data/sample')).toMatch(
			/^\/srv\/site\/static\/data\/status\.parquet: unexpected error: ENOSPC: no space left on device, write\. Fix: .+\.$/
		);
		expect(describeUnexpected('boom\n    at evil (x.js:1)', 'data/sample')).toMatch(
			/^data\/sample: unexpected error: boom\\u000a {4}at evil \(x\.js:1\)\. Fix: /
		);
	});
});
