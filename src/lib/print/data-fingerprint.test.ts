import { describe, expect, it } from 'vitest';
import type { Manifest } from '../schema';
import { dataFingerprint } from './data-fingerprint';

const table = (sha256: string) => ({ file: 'x.parquet', rows: 1, bytes: 1, sha256, columns: [] });
const manifest = (tables: Manifest['tables'], extra = {}): Manifest => ({
	built_at: '2026-11-27T00:00:00Z',
	sample: true,
	notice: null,
	input: 'data/sample',
	sources: [],
	vintage: null,
	as_of: null,
	tables,
	...extra
});

describe('dataFingerprint', () => {
	it('fingerprints the tables whatever their order, and changes with any table', () => {
		const a = dataFingerprint(manifest({ status: table('aa'), reports: table('bb') }));
		expect(a).toMatch(/^[0-9a-f]{8}$/);
		expect(dataFingerprint(manifest({ reports: table('bb'), status: table('aa') }))).toBe(a);
		expect(dataFingerprint(manifest({ status: table('aa'), reports: table('bc') }))).not.toBe(a);
	});

	it('prefers a version the manifest declares', () => {
		expect(dataFingerprint(manifest({ status: table('aa') }, { version: '2026.1' }))).toBe('2026.1');
	});
});
