/**
 * Serves the static build on localhost: precompressed .br/.gz files when present, correct MIME types
 * (application/wasm), long caching for hashed assets.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface Served {
	url: string;
	close(): Promise<void>;
}

export function serveBuild(dir: string, port = 0, host = '127.0.0.1'): Promise<Served> {
	const handler = sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		setHeaders(res, pathname) {
			if (pathname.endsWith('.parquet')) res.setHeader('Content-Type', 'application/vnd.apache.parquet');
			if (pathname.includes('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			}
		}
	});
	const server = http.createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			const page = notFoundPage(dir, req.url ?? '/');
			res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
			res.end(page ?? 'Not found');
		})
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://${host}:${actual}`,
				close: () => new Promise((done) => server.close(() => done()))
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
