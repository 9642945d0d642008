/**
 * The template zip: every file of the contract with exactly its columns and its example rows, a README listing
 * every column, and, unpacked and opened as is, a valid input that both hosts score the same.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplateZip, TEMPLATE_FOLDER } from '../../../src/lib/open/template';
import { TABLE_SPECS } from '../../../src/core/contract/input-spec';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, removeDir } from '../pipeline/helpers';
import { openInNode } from './wasm-host';

let root: string;
const files = unzipSync(buildTemplateZip());
const text = (file: string) => strFromU8(files[`${TEMPLATE_FOLDER}/${file}`]);

beforeAll(async () => {
	root = await makeTempDir();
});
afterAll(() => removeDir(root));

describe('the template', () => {
	it('holds every file of the contract with its columns as the header and example rows', () => {
		expect(Object.keys(files).sort()).toEqual([...TABLE_SPECS.map((spec) => `${TEMPLATE_FOLDER}/${spec.file}`), `${TEMPLATE_FOLDER}/README.md`].sort());
		for (const spec of TABLE_SPECS) {
			const lines = text(spec.file)
				.split('\r\n')
				.filter((line) => line !== '');
			expect(lines[0], spec.file).toBe(spec.columns.join(','));
			expect(lines.length - 1, spec.file).toBe(spec.name === 'framework' ? 3 : 1);
		}
	});

	it('has a README naming every file and column with what its values must be', () => {
		const readme = text('README.md');
		for (const spec of TABLE_SPECS) {
			expect(readme).toContain(`## ${spec.file} (${spec.optional ? 'optional' : 'required'} file)`);
			for (const column of spec.columns) expect(readme).toMatch(new RegExp(`\\| ${column.replace('.', '\\.')} \\| [^|]+ \\|`));
		}
		expect(readme).toContain('| iso3 | required; an ISO 3166-1 alpha-3 code in upper case, e.g. KEN; must be in countries.csv (iso3) |');
	});

	// A fresh engine: seconds on an idle machine, up to 39 s in `npm test` (niced, beside the browser tests).
	it('opens as it is in the browser host: a valid input, scored', async () => {
		const result = await openInNode([{ name: 'template.zip', bytes: buildTemplateZip() }]);
		if (!result.ok) throw new Error(result.problems.map((problem) => problem.text).join('\n'));
		expect(result.manifest.tables.status.rows).toBe(1);
		expect(result.manifest.tables.responses.rows).toBe(1);
	}, 180_000);

	it('is a valid input for `npm run data` too, without warnings', async () => {
		const input = path.join(root, TEMPLATE_FOLDER);
		await mkdir(input);
		for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(root, name), bytes);
		const result = await runPipeline({ input, out: path.join(root, 'out') });
		expect(result.ok ? result.warnings : result.problems).toEqual([]);
	}, 60_000);
});
