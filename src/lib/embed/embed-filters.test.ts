import { describe, expect, it } from 'vitest';
import { embedFilters } from './embed-filters';

describe('embedFilters', () => {
	it('names the URL filters in the order of FILTER_KEYS and ignores others', () => {
		expect(embedFilters(new URLSearchParams('region=Africa&embed=x&convention=cbd&countries=KEN'))).toBe('Convention: cbd · Region: Africa');
		expect(embedFilters(new URLSearchParams('embed=x'))).toBe('');
	});
});
