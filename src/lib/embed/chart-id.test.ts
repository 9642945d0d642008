import { describe, expect, it } from 'vitest';
import { ChartIds, slugify } from './chart-id';

describe('slugify', () => {
	it('makes a readable ASCII-friendly id from a title in any language', () => {
		expect(slugify('Reporting rate by convention and cycle')).toBe('reporting-rate-by-convention-and-cycle');
		expect(slugify('Taux de déclaration — CBD, 4ᵉ cycle')).toBe('taux-de-declaration-cbd-4e-cycle');
		expect(slugify('Estado por meta (2010)')).toBe('estado-por-meta-2010');
		expect(slugify('“…”')).toBe('chart');
	});

	it('stays short, cutting between words', () => {
		expect(slugify('Status of target 1.2 by country, CBD Fourth national report (2009)')).toBe('status-of-target-1-2-by-country-cbd-fourth-national-report');
		expect(slugify('a'.repeat(70))).toBe('a'.repeat(60));
	});
});

describe('ChartIds', () => {
	it('numbers repeats on a page, frees ids, and keeps pages apart', () => {
		const ids = new ChartIds();
		const first = ids.claim('/', 'map');
		expect(first.id).toBe('map');
		expect(ids.claim('/', 'map').id).toBe('map-2');
		expect(ids.claim('/fr/', 'map').id).toBe('map');
		first.release();
		expect(ids.claim('/', 'map').id).toBe('map');
		expect(ids.claim('/', 'map').id).toBe('map-3');
	});
});
