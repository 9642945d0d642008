/**
 * Serves the static build on localhost: precompressed .br/.gz files when present, else compressed on the fly
 * (see serve/compress-on-the-fly.ts); correct MIME types (application/wasm, Parquet); security and caching
 * headers (serve/headers.ts); and a readable page, not a bare 431, for a URL too long for the server.
 * `npm start` may serve a partial build first and switch to the whole one when it is ready (`switchTo`); a
 * request the partial build cannot answer and `holdUntilSwitch` names waits for the switch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { COMPRESSIBLE } from './precompress';
import { CompressionCache, compressOnTheFly, resolveFile, warmUp } from './serve/compress-on-the-fly';
import { answerClientError, MAX_HEADER_BYTES, notFound } from './serve/errors';
import { setCommonHeaders } from './serve/headers';

export interface Served {
	url: string;
	/** Resolves once the largest files (duckdb-wasm) are compressed in memory, when the build has no copies. */
	warmed: Promise<void>;
	/** Serves another build folder from now on (and answers the requests held for it). */
	switchTo(dir: string): void;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Paths a partial build lacks but the next one will have: held until `switchTo` rather than answered 404. */
	holdUntilSwitch?: (pathname: string) => boolean;
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

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => Promise<void>;

function buildHandler(root: string, cache: CompressionCache): Handler {
	const compressed = compressOnTheFly(root, cache);
	const files = sirv(root, { brotli: true, gzip: true, etag: true });
	return async (req, res, pathname) => {
		await compressed(req, res, pathname, () => void files(req, res, () => notFound(res, notFoundPage(root, pathname))));
	};
}

export function serveBuild(dir: string, port = 0, host = '127.0.0.1', options: ServeOptions = {}): Promise<Served> {
	let root = path.resolve(dir);
	const cache = new CompressionCache((file) => readFile(file));
	let handle = buildHandler(root, cache);
	let switched = false;
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));

	const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		setCommonHeaders(res, pathname);
		try {
			if (!switched && options.holdUntilSwitch?.(pathname) && !resolveFile(root, pathname)) await released;
			await handle(req, res, pathname);
		} catch (error) {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Server error: ${(error as Error).message}`);
		}
	});
	server.on('clientError', answerClientError);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://${host}:${actual}`,
				warmed: warmUp(root, cache, largeCompressible(root, 2_000_000)),
				switchTo(next) {
					root = path.resolve(next);
					handle = buildHandler(root, cache);
					switched = true;
					release();
					void warmUp(root, cache, largeCompressible(root, 2_000_000));
				},
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					})
			});
		});
	});
}

/** The site's own "not found" page (in the address's language when it has one), as static hosts serve it. */
function notFoundPage(dir: string, url: string): string | null {
	const lang = /^\/(fr|es)\//.exec(url)?.[1];
	const file = [lang && path.join(dir, lang, '404.html'), path.join(dir, '404.html')].find((f) => f && existsSync(f));
	return file ? readFileSync(file, 'utf8') : null;
}
