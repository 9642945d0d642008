/**
 * `npm start`'s server on a small build folder: compression on the fly (or the precompressed copy when there is
 * one), security and caching headers by kind of file, a readable 404, and a readable page for a very long URL.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild, type Served } from '../../../scripts/serve';

let dir: string;
let served: Served;
const page = `<!doctype html><title>Overview</title>${'<p>a paragraph of the page</p>'.repeat(200)}`;
const script = `export const rows = [${Array.from({ length: 500 }, (_, i) => i).join(',')}];`;

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
	mkdirSync(path.join(dir, '_app/immutable/chunks'), { recursive: true });
	mkdirSync(path.join(dir, 'data'), { recursive: true });
	mkdirSync(path.join(dir, 'countries/KEN'), { recursive: true });
	writeFileSync(path.join(dir, 'index.html'), page);
	writeFileSync(path.join(dir, 'countries/KEN/index.html'), page.replace('Overview', 'Kenya'));
	writeFileSync(path.join(dir, '_app/immutable/chunks/app.abc123.js'), script);
	writeFileSync(path.join(dir, 'data/status.parquet'), Buffer.alloc(5000, 1));
	writeFileSync(path.join(dir, 'data/manifest.json'), JSON.stringify({ tables: {}, pad: 'x'.repeat(2000) }));
	writeFileSync(path.join(dir, 'data/manifest.json.br'), brotliCompressSync('{"precompressed":true}'));
	served = await serveBuild(dir);
});
afterAll(async () => {
	await served.close();
	rmSync(dir, { recursive: true, force: true });
});

function get(pathname: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
		http
			.get(`${served.url}${pathname}`, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', reject);
	});
}

describe('serveBuild', () => {
	it('compresses a page on the fly with brotli or gzip, as the client accepts', async () => {
		const br = await get('/countries/KEN/', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toBe('text/html;charset=utf-8');
		expect(brotliDecompressSync(br.body).toString()).toContain('<title>Kenya</title>');
		expect(br.headers.vary).toBe('Accept-Encoding');
		const gz = await get('/', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(page);
		const plain = await get('/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(page);
	});

	it('answers a revalidation of a compressed page with 304', async () => {
		const first = await get('/', { 'accept-encoding': 'br' });
		const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
		expect(again.status).toBe(304);
	});

	it('sends the precompressed copy when there is one', async () => {
		const res = await get('/data/manifest.json', { 'accept-encoding': 'br' });
		expect(brotliDecompressSync(res.body).toString()).toBe('{"precompressed":true}');
	});

	it('sets nosniff, a referrer policy and caching by kind of file', async () => {
		const html = await get('/');
		const asset = await get('/_app/immutable/chunks/app.abc123.js', { 'accept-encoding': 'br' });
		const data = await get('/data/status.parquet');
		for (const res of [html, asset, data]) {
			expect(res.headers['x-content-type-options']).toBe('nosniff');
			expect(res.headers['referrer-policy']).toBe('same-origin');
		}
		expect(html.headers['cache-control']).toBe('no-cache');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toBe('text/javascript');
		expect(data.headers['cache-control']).toMatch(/max-age=\d+, must-revalidate/);
		expect(data.headers['content-type']).toBe('application/vnd.apache.parquet');
	});

	it('answers a missing page with a readable 404', async () => {
		const res = await get('/nowhere/');
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('Page not found');
	});

	it('serves a page whose URL is over 16 kB, and explains one too long to read', async () => {
		const long = await get(`/countries/KEN/?compare=${'KEN,'.repeat(5000)}`);
		expect(long.status).toBe(200);
		expect(long.body.toString()).toContain('<title>Kenya</title>');
		const tooLong = await get(`/?compare=${'KEN,'.repeat(20000)}`);
		expect(tooLong.status).toBe(431);
		expect(tooLong.body.toString()).toContain('This link is too long');
	});

	it('holds a request the partial build lacks until it switches to the whole one, and answers it from there', async () => {
		const whole = mkdtempSync(path.join(tmpdir(), 'serve-whole-'));
		mkdirSync(path.join(whole, 'fr'), { recursive: true });
		writeFileSync(path.join(whole, 'fr/index.html'), '<title>Aperçu</title>');
		const partial = await serveBuild(dir, 0, '127.0.0.1', { holdUntilSwitch: (pathname) => pathname.startsWith('/fr/') });
		try {
			const fetchFrom = (url: string) =>
				new Promise<{ status: number; body: string }>((resolve, reject) =>
					http
						.get(url, (res) => {
							let body = '';
							res.on('data', (c) => (body += c));
							res.on('end', () => resolve({ status: res.statusCode!, body }));
						})
						.on('error', reject)
				);
			let answered = false;
			const held = fetchFrom(`${partial.url}/fr/`).then((res) => ((answered = true), res));
			await expect(fetchFrom(`${partial.url}/nowhere/`)).resolves.toMatchObject({ status: 404 });
			await new Promise((resolve) => setTimeout(resolve, 100));
			expect(answered).toBe(false);
			partial.switchTo(whole);
			await expect(held).resolves.toEqual({ status: 200, body: '<title>Aperçu</title>' });
		} finally {
			await partial.close();
			rmSync(whole, { recursive: true, force: true });
		}
	});
});
