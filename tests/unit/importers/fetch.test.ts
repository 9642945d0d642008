/**
 * Fetching the sources, never over the network: offline (a local port where nothing listens) exits 2 with
 * advice and leaves the cache untouched; a local server stands in for GitHub to check what is saved.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources } from '../../../src/pipeline/importers/fetch';
import { RAW_GITHUB, upstreamFiles } from '../../../src/pipeline/importers/upstream';
import { REPO_ROOT, withTempDir } from './helpers';

/** A port that was free a moment ago: connecting to it is refused. */
async function unusedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function cacheWithOldFile(dir: string): Promise<string> {
	const cache = path.join(dir, 'cache');
	await mkdir(cache);
	await writeFile(path.join(cache, 'fetched.json'), 'old');
	return cache;
}

describe('fetching the sources', () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		server = createServer((request, response) => {
			if (request.url?.includes('Metadata_Country')) return void response.writeHead(404).end();
			response.end(`served ${decodeURIComponent(request.url ?? '')}`);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	it('points at raw files of the pinned commits named in PROVENANCE.md', () => {
		const urls = upstreamFiles().map((file) => file.url);
		expect(urls).toContain(`${RAW_GITHUB}/dominhok/FactWave/77dd9ec595aa0b84483ce84773682cdcfa5b2859/backend/owid_datasets/biodiversity/red-list-index.csv`);
		expect(urls).toContain(
			`${RAW_GITHUB}/owid/owid-datasets/a97151eb0a125c6e1cd9ce3f7d68d04c234c907f/datasets/Living%20Plant%20Index%20Global%20-%20WWF%20(2016)/Living%20Plant%20Index%20Global%20-%20WWF%20(2016).csv`
		);
		expect(upstreamFiles().find((file) => file.saveAs === 'iea-memb.xlsx')?.reshape).toMatch(/Excel workbook/);
	});

	it('exits 2 when offline, with advice, and leaves the cache untouched', async () => {
		await withTempDir(async (dir) => {
			const cache = await cacheWithOldFile(dir);
			const port = await unusedPort();
			const outcome = await fetchSources({ out: cache, baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 1000 });
			expect(outcome).toMatchObject({ ok: false, exitCode: 2 });
			if (!outcome.ok)
				expect(outcome.message).toMatch(new RegExp(`^offline: could not reach 127\\.0\\.0\\.1:${port}; use --from \\.\\./shared/data/real instead`));
			expect(await readdir(cache)).toEqual(['fetched.json']);
			expect(await readFile(path.join(cache, 'fetched.json'), 'utf8')).toBe('old');
			expect(await readdir(dir)).toEqual(['cache']);
		});
	});

	it('the command prints the offline message and exits 2', async () => {
		await withTempDir(async (dir) => {
			const port = await unusedPort();
			const args = [
				path.join(REPO_ROOT, 'src/pipeline/importers/fetch-cli.ts'),
				'--out',
				path.join(dir, 'cache'),
				'--base-url',
				`http://127.0.0.1:${port}`,
				'--timeout-ms',
				'1000'
			];
			const failure = await promisify(execFile)(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), args).then(
				() => null,
				(error: { code: number; stderr: string }) => error
			);
			expect(failure?.code).toBe(2);
			expect(failure?.stderr).toContain(`offline: could not reach 127.0.0.1:${port}; use --from ../shared/data/real instead`);
			expect(await readdir(dir)).toEqual([]);
		});
	});

	it('a failed download (HTTP 404) exits 1 and writes nothing', async () => {
		await withTempDir(async (dir) => {
			const cache = await cacheWithOldFile(dir);
			const outcome = await fetchSources({ out: cache, baseUrl: base, timeoutMs: 1000 });
			expect(outcome).toMatchObject({ ok: false, exitCode: 1, message: expect.stringMatching(/Metadata_Country.*HTTP 404/) });
			expect(await readFile(path.join(cache, 'fetched.json'), 'utf8')).toBe('old');
		});
	});

	it('saves every file and records the date and sha256 in fetched.json', async () => {
		server.removeAllListeners('request');
		server.on('request', (request, response) => response.end(`served ${decodeURIComponent(request.url ?? '')}`));
		await withTempDir(async (dir) => {
			const cache = path.join(dir, 'cache');
			const outcome = await fetchSources({ out: cache, baseUrl: base, timeoutMs: 1000, now: new Date('2026-01-02T00:00:00Z') });
			expect(outcome.ok).toBe(true);
			const fetched = JSON.parse(await readFile(path.join(cache, 'fetched.json'), 'utf8'));
			expect(fetched.fetched_at).toBe('2026-01-02T00:00:00.000Z');
			expect(fetched.files.map((f: { file: string }) => f.file)).toEqual(upstreamFiles().map((f) => f.saveAs));
			const rli = await readFile(path.join(cache, 'red_list_index_owid.csv'));
			expect(rli.toString()).toBe('served /dominhok/FactWave/77dd9ec595aa0b84483ce84773682cdcfa5b2859/backend/owid_datasets/biodiversity/red-list-index.csv');
			expect(fetched.files[0]).toMatchObject({ file: 'red_list_index_owid.csv', sha256: createHash('sha256').update(rli).digest('hex'), reshape: null });
		});
	});
});
