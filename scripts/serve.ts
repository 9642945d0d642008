/**
 * Serves the static build on localhost: precompressed .br/.gz files when present, else compressed on the fly
 * (see serve/compress-on-the-fly.ts); correct MIME types (application/wasm, Parquet); security and caching
 * headers (serve/headers.ts); and a readable page, not a bare 431, for a URL too long for the server.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { COMPRESSIBLE } from './precompress';
import { CompressionCache, compressOnTheFly, warmUp } from './serve/compress-on-the-fly';
import { setCommonHeaders } from './serve/headers';
import { answerClientError, notFound, MAX_HEADER_BYTES } from './serve/errors';

export interface Served {
	url: string;
	/** Resolves once the largest files (duckdb-wasm) are compressed in memory, when the build has no copies. */
	warmed: Promise<void>;
	close(): Promise<void>;
}

function largeCompressible(dir: string, over: number): string[] {
	const found: { file: string; size: number }[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = path.join(sub, entry.name);
			if (entry.isDirectory()) walk(rel);
			else if (COMPRESSIBLE.test(entry.name)) {
				const size = statSync(path.join(dir, rel)).size;
				if (size > over) found.push({ file: rel, size });
			}
		}
	};
	walk('');
	return found.sort((a, b) => a.size - b.size).map((f) => f.file);
}

export function serveBuild(dir: string, port = 0, host = '127.0.0.1'): Promise<Served> {
	const root = path.resolve(dir);
	const cache = new CompressionCache((file) => readFile(file));
	const compressed = compressOnTheFly(root, cache);
	const files = sirv(root, { brotli: true, gzip: true, etag: true });
	const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		setCommonHeaders(res, pathname);
		compressed(req, res, pathname, () => files(req, res, () => notFound(res))).catch((error: Error) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Server error: ${error.message}`);
		});
	});
	server.on('clientError', answerClientError);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://${host}:${actual}`,
				warmed: warmUp(root, cache, largeCompressible(root, 2_000_000)),
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
