/**
 * Serves the static build on localhost: precompressed .br/.gz files when present, correct MIME types
 * (application/wasm), long caching for hashed assets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
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
