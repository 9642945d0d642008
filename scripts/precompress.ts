/**
 * Writes `.br` and `.gz` beside every compressible file of the static build (wasm, JS, CSS, HTML, JSON,
 * SVG, Parquet), so any static server (and `npm start`) can send them with Content-Encoding. Large files
 * are compressed at the highest brotli quality once per content and cached, since that takes a minute.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|json|svg|parquet|csv)$/;
const MIN_BYTES = 1024;
const root = path.resolve(import.meta.dirname, '..');
const cacheDir = path.join(root, 'node_modules/.cache/precompress');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? files(full) : COMPRESSIBLE.test(entry.name) ? [full] : [];
	});
}

function brotli(bytes: Buffer): Buffer {
	return brotliCompressSync(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_LGWIN]: 24,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
		}
	});
}

function cached(bytes: Buffer, kind: 'br' | 'gz', make: () => Buffer): Buffer {
	if (bytes.length < 1_000_000) return make();
	const key = path.join(cacheDir, `${createHash('sha256').update(bytes).digest('hex')}.${kind}`);
	if (existsSync(key)) return readFileSync(key);
	const made = make();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(key, made);
	return made;
}

/**
 * With `maxFileBytes` (MAX_FILE_MB, for hosts with a per-file limit), files above it are removed after
 * compression, keeping their `.gz` (the app, built with the same variable, decompresses the wasm itself).
 */
export function precompress(
	dir: string,
	maxFileBytes = Infinity
): { files: number; bytes: number; brotli: number; gzip: number; removed: string[] } {
	const totals = { files: 0, bytes: 0, brotli: 0, gzip: 0, removed: [] as string[] };
	for (const file of files(dir)) {
		const bytes = readFileSync(file);
		if (bytes.length < MIN_BYTES) continue;
		const br = cached(bytes, 'br', () => brotli(bytes));
		const gz = cached(bytes, 'gz', () => gzipSync(bytes, { level: 9 }));
		if (br.length <= maxFileBytes) writeFileSync(`${file}.br`, br);
		writeFileSync(`${file}.gz`, gz);
		if (gz.length > maxFileBytes) throw new Error(`${file}.gz is larger than the per-file limit`);
		if (bytes.length > maxFileBytes) {
			rmSync(file);
			totals.removed.push(path.relative(dir, file));
		}
		totals.files++;
		totals.bytes += bytes.length;
		totals.brotli += br.length;
		totals.gzip += gz.length;
	}
	return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
	const started = performance.now();
	const maxMb = Number(process.env.MAX_FILE_MB ?? Infinity);
	const t = precompress(dir, maxMb * 1024 * 1024);
	const mb = (n: number) => (n / 1e6).toFixed(1);
	console.log(
		`precompressed ${t.files} files in ${dir}: ${mb(t.bytes)} MB → brotli ${mb(t.brotli)} MB, gzip ${mb(t.gzip)} MB ` +
			`(${((performance.now() - started) / 1000).toFixed(1)} s)`
	);
	if (t.removed.length) console.log(`over ${maxMb} MB, kept only as .gz: ${t.removed.join(', ')}`);
}
