/**
 * Writes `.br` and `.gz` beside every compressible file of the static build (wasm, JS, CSS, HTML, JSON,
 * SVG, Parquet), so any static server (and `npm start`) can send them with Content-Encoding. This is the
 * deploy build's step: brotli at its highest quality, on every core (zlib's thread pool), and cached per
 * content, so a rebuild only compresses what changed. `npm start` and the tests do without it
 * (scripts/serve compresses on the fly).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, type Dirent } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|json|svg|parquet|csv)$/;
export const MIN_BYTES = 1024;
const root = path.resolve(import.meta.dirname, '..');
const defaultCacheDir = path.join(root, 'node_modules/.cache/precompress');
/** Cached copies unused for this long are removed at the end of a run. */
const CACHE_KEEP_MS = 14 * 24 * 3600 * 1000;
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry: Dirent) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? files(full) : COMPRESSIBLE.test(entry.name) ? [full] : [];
	});
}

function brotli(bytes: Buffer): Promise<Buffer> {
	return brotliAsync(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_LGWIN]: 24,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
		}
	});
}

async function cached(cacheDir: string, hash: string, kind: 'br' | 'gz', make: () => Promise<Buffer>): Promise<Buffer> {
	const key = path.join(cacheDir, `${hash}.${kind}`);
	if (existsSync(key)) {
		const now = new Date();
		utimesSync(key, now, now);
		return readFile(key);
	}
	const made = await make();
	await writeFile(key, made);
	return made;
}

function pruneCache(cacheDir: string) {
	const now = Date.now();
	for (const name of readdirSync(cacheDir)) {
		const file = path.join(cacheDir, name);
		if (now - statSync(file).mtimeMs > CACHE_KEEP_MS) rmSync(file);
	}
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await work(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export interface PrecompressOptions {
	/** MAX_FILE_MB (hosts with a per-file limit): larger files are removed after compression, keeping their `.gz`. */
	maxFileBytes?: number;
	cacheDir?: string;
	parallel?: number;
}

/** Compresses every compressible file of `dir` of at least MIN_BYTES; the app, built with MAX_FILE_MB, unpacks the wasm. */
export async function precompress(
	dir: string,
	{ maxFileBytes = Infinity, cacheDir = defaultCacheDir, parallel = availableParallelism() }: PrecompressOptions = {}
): Promise<{ files: number; bytes: number; brotli: number; gzip: number; removed: string[] }> {
	const totals = { files: 0, bytes: 0, brotli: 0, gzip: 0, removed: [] as string[] };
	mkdirSync(cacheDir, { recursive: true });
	await inParallel(files(dir), parallel, async (file) => {
		const bytes = await readFile(file);
		if (bytes.length < MIN_BYTES) return;
		const hash = createHash('sha256').update(bytes).digest('hex');
		const br = await cached(cacheDir, hash, 'br', () => brotli(bytes));
		const gz = await cached(cacheDir, hash, 'gz', () => gzipAsync(bytes, { level: 9 }));
		if (gz.length > maxFileBytes) throw new Error(`${file}.gz is larger than the per-file limit`);
		if (br.length <= maxFileBytes) await writeFile(`${file}.br`, br);
		await writeFile(`${file}.gz`, gz);
		if (bytes.length > maxFileBytes) {
			await rm(file);
			totals.removed.push(path.relative(dir, file));
		}
		totals.files++;
		totals.bytes += bytes.length;
		totals.brotli += br.length;
		totals.gzip += gz.length;
	});
	pruneCache(cacheDir);
	return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
	const started = performance.now();
	const maxMb = Number(process.env.MAX_FILE_MB ?? Infinity);
	const t = await precompress(dir, { maxFileBytes: maxMb * 1024 * 1024 });
	const mb = (n: number) => (n / 1e6).toFixed(1);
	console.log(
		`precompressed ${t.files} files in ${dir}: ${mb(t.bytes)} MB → brotli ${mb(t.brotli)} MB, gzip ${mb(t.gzip)} MB ` +
			`(${((performance.now() - started) / 1000).toFixed(1)} s)`
	);
	if (t.removed.length) console.log(`over ${maxMb} MB, kept only as .gz: ${t.removed.join(', ')}`);
}
