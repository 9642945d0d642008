import { describe, expect, it } from 'vitest';
import { SAMPLE_NOTICE } from '../schema';
import { formatDate, formatNumber, formatPercent, formatScore, statusLabel, t } from './index';

describe('t', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(t('state.loading', { what: 'the overview data' })).toBe('Loading the overview data…');
		expect(t('state.loading')).toBe('Loading {what}…');
	});

	it('names the status classes as the design does', () => {
		expect(['not_started', 'early', 'in_progress', 'advanced', 'no_data'].map((s) => statusLabel(s as never))).toEqual([
			'Not started',
			'Early stages',
			'In progress',
			'Advanced',
			'No data'
		]);
	});

	it('says the sample notice in the words of the data contract', () => {
		expect(t('sample.notice')).toBe(SAMPLE_NOTICE);
	});
});

describe('formatting', () => {
	it('formats numbers, shares, scores and dates for the locale', () => {
		expect(formatNumber(1234567)).toBe('1,234,567');
		expect(formatPercent(0.754)).toBe('75%');
		expect(formatScore(0.5)).toBe('0.50');
		expect(formatScore(0.745)).toBe('0.75');
		expect(formatDate('2009-05-15')).toBe('May 15, 2009');
		expect(formatDate('2024-05-01T23:30:00Z')).toBe('May 1, 2024');
	});

	it('shows a dash for missing values', () => {
		expect([formatNumber(null), formatPercent(null), formatScore(undefined), formatDate(null)]).toEqual(['–', '–', '–', '–']);
	});
});
