/**
 * Compression for a build that has no precompressed `.br`/`.gz` copies (what `npm start` serves right after
 * `vite build`, without waiting minutes for deploy-grade brotli): a compressible file is compressed at a fast
 * quality on first request, off the main thread, and kept in a small in-memory cache keyed by path, size and
 * modification time. A large file not compressed yet is sent as is while it compresses in the background (on
 * localhost, sending 34 MB of wasm takes milliseconds; compressing it first would take seconds).
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { lookup } from 'mrmime';
import { COMPRESSIBLE, MIN_BYTES } from '../precompress';

type Encoding = 'br' | 'gzip';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Above this size a file is sent uncompressed until its compressed copy is ready. */
const COMPRESS_BEFORE_SENDING_BYTES = 2_000_000;
const CACHE_BYTES = 256 * 1024 * 1024;

function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
	if (encoding === 'gzip') return gzipAsync(bytes, { level: 6 });
	return brotliAsync(bytes, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length }
	});
}

/** The encoding to send, from the request's Accept-Encoding (brotli first), or null for none. */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
	const value = String(header ?? '');
	if (/\bbr\b/.test(value)) return 'br';
	if (/\bgzip\b/.test(value)) return 'gzip';
	return null;
}

/** The file a request path names, as sirv finds it (`/a/` → `a/index.html`, `/a` → `a`, `a.html`, `a/index.html`). */
export function resolveFile(dir: string, pathname: string): { file: string; stats: Stats } | null {
	let decoded: string;
	try {
		decoded = decodeURI(pathname);
	} catch {
		return null;
	}
	const base = decoded.endsWith('/') ? decoded.slice(0, -1) : decoded;
	const candidates = [base, `${base}.html`, `${base}/index.html`].filter(Boolean);
	for (const candidate of candidates) {
		const file = path.normalize(path.join(dir, candidate));
		if (!file.startsWith(dir + path.sep)) continue;
		if (!existsSync(file)) continue;
		const stats = statSync(file);
		if (stats.isFile()) return { file, stats };
	}
	return null;
}

export class CompressionCache {
	private readonly entries = new Map<string, Promise<Buffer>>();
	private readonly sizes = new Map<string, number>();
	private total = 0;

	constructor(private readonly readFile: (file: string) => Promise<Buffer>) {}

	private key(file: string, stats: Stats, encoding: Encoding): string {
		return `${encoding}:${stats.size}:${stats.mtimeMs}:${file}`;
	}

	/** The compressed bytes if they are ready, else null (the compression is started). */
	peek(file: string, stats: Stats, encoding: Encoding): Promise<Buffer> | null {
		const key = this.key(file, stats, encoding);
		const entry = this.entries.get(key);
		if (entry && this.sizes.has(key)) return entry;
		if (!entry) this.get(file, stats, encoding).catch(() => {});
		return null;
	}

	get(file: string, stats: Stats, encoding: Encoding): Promise<Buffer> {
		const key = this.key(file, stats, encoding);
		const cached = this.entries.get(key);
		if (cached) {
			// Least recently used goes first: move this one to the end.
			this.entries.delete(key);
			this.entries.set(key, cached);
			return cached;
		}
		const made = this.readFile(file).then((bytes) => compress(bytes, encoding));
		this.entries.set(key, made);
		made.then(
			(bytes) => this.remember(key, bytes.length),
			() => this.entries.delete(key)
		);
		return made;
	}

	private remember(key: string, bytes: number) {
		if (!this.entries.has(key)) return;
		this.sizes.set(key, bytes);
		this.total += bytes;
		for (const old of this.entries.keys()) {
			if (this.total <= CACHE_BYTES) break;
			if (old === key || !this.sizes.has(old)) continue;
			this.total -= this.sizes.get(old)!;
			this.sizes.delete(old);
			this.entries.delete(old);
		}
	}
}

/**
 * A handler that answers with a compressed body when it can (compressible, no precompressed copy on disk,
 * the client accepts it, no Range), and otherwise hands the request on.
 */
export function compressOnTheFly(dir: string, cache: CompressionCache) {
	const root = path.resolve(dir);
	return async (req: IncomingMessage, res: ServerResponse, pathname: string, next: () => void) => {
		if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next();
		const encoding = acceptedEncoding(req.headers['accept-encoding']);
		const found = encoding ? resolveFile(root, pathname) : null;
		if (!encoding || !found || !COMPRESSIBLE.test(found.file) || found.stats.size < MIN_BYTES) return next();
		if (existsSync(`${found.file}.${encoding === 'br' ? 'br' : 'gz'}`)) return next();
		const { file, stats } = found;
		const etag = `W/"${stats.size}-${stats.mtime.getTime()}-${encoding}"`;
		res.setHeader('Vary', 'Accept-Encoding');
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, { ETag: etag });
			return res.end();
		}
		const ready = stats.size > COMPRESS_BEFORE_SENDING_BYTES ? cache.peek(file, stats, encoding) : cache.get(file, stats, encoding);
		if (!ready) return next();
		let body: Buffer;
		try {
			body = await ready;
		} catch {
			return next();
		}
		const type = (res.getHeader('Content-Type') as string | undefined) ?? lookup(file) ?? 'application/octet-stream';
		res.writeHead(200, {
			'Content-Type': type === 'text/html' ? 'text/html;charset=utf-8' : type,
			'Content-Encoding': encoding,
			'Content-Length': body.length,
			'Last-Modified': stats.mtime.toUTCString(),
			ETag: etag
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	};
}

/** Compresses the largest files (duckdb-wasm and its workers) ahead of the first request for them. */
export async function warmUp(dir: string, cache: CompressionCache, files: string[]): Promise<void> {
	for (const file of files) {
		const full = path.join(dir, file);
		if (existsSync(`${full}.br`)) continue;
		await cache.get(full, statSync(full), 'br').catch(() => {});
	}
}
