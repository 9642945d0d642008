import { describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/schema';
import { dataSources, sourceLineParts } from './source-line';

const manifest = {
	built_at: '2024-05-01T10:00:00Z',
	sample: true,
	sources: [
		{ name: 'National reports', kind: 'sample' },
		{ name: 'Red List Index', kind: 'real' }
	]
} as Manifest;

describe('sourceLineParts', () => {
	it('names the chart source and the data version', () => {
		expect(sourceLineParts('national reports', manifest)).toEqual(['Source: national reports', 'Data version May 1, 2024 (Sample data)']);
	});

	it('names the data sources with their kind, for the footer', () => {
		expect(dataSources(manifest)).toBe('Sources: National reports (illustrative sample); Red List Index (real)');
	});

	it('says national reports for real data and leaves out what is missing', () => {
		expect(sourceLineParts(undefined, { ...manifest, sample: false, sources: [] })).toEqual(['Data version May 1, 2024 (National reports)']);
		expect(sourceLineParts(undefined, null)).toEqual([]);
	});
});
