/**
 * The deploy build's compression on a small folder: every compressible file of at least 1 kB gets a `.br` and
 * a `.gz` that unpack to the same bytes, others are left alone, copies are cached per content, and the per-file
 * limit keeps only the `.gz` of a larger file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/precompress';

let dir: string;
let cacheDir: string;
const text = (n: number) => Array.from({ length: n }, (_, i) => `<p>row ${i} of the table</p>`).join('\n');

beforeEach(() => {
	const root = mkdtempSync(path.join(tmpdir(), 'precompress-'));
	dir = path.join(root, 'build');
	cacheDir = path.join(root, 'cache');
	mkdirSync(path.join(dir, 'nested'), { recursive: true });
	writeFileSync(path.join(dir, 'index.html'), text(200));
	writeFileSync(path.join(dir, 'nested', 'app.js'), text(300));
	writeFileSync(path.join(dir, 'tiny.css'), 'body{}');
	writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(4096, 7));
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('precompress', () => {
	it('writes .br and .gz that unpack to the original beside each compressible file of 1 kB or more', async () => {
		const totals = await precompress(dir, { cacheDir });
		expect(totals.files).toBe(2);
		for (const file of ['index.html', 'nested/app.js']) {
			const original = readFileSync(path.join(dir, file));
			expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`)))).toEqual(original);
			expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`)))).toEqual(original);
			expect(readFileSync(path.join(dir, `${file}.br`)).length).toBeLessThan(original.length / 5);
		}
		expect(existsSync(path.join(dir, 'tiny.css.br'))).toBe(false);
		expect(existsSync(path.join(dir, 'photo.png.br'))).toBe(false);
	});

	it('caches the copies per content and reuses them', async () => {
		await precompress(dir, { cacheDir });
		expect(readdirSync(cacheDir).sort()).toHaveLength(4);
		writeFileSync(
			path.join(
				cacheDir,
				readdirSync(cacheDir).find((f) => f.endsWith('.br'))!
			),
			'from the cache'
		);
		await precompress(dir, { cacheDir });
		const copies = ['index.html.br', 'nested/app.js.br'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
		expect(copies).toContain('from the cache');
	});

	it('with a per-file limit, keeps only the .gz of a larger file', async () => {
		const big = readFileSync(path.join(dir, 'nested/app.js')).length;
		const totals = await precompress(dir, { cacheDir, maxFileBytes: big - 1 });
		expect(totals.removed).toEqual(['nested/app.js']);
		expect(existsSync(path.join(dir, 'nested/app.js'))).toBe(false);
		expect(existsSync(path.join(dir, 'nested/app.js.gz'))).toBe(true);
		expect(existsSync(path.join(dir, 'index.html'))).toBe(true);
	});
});
