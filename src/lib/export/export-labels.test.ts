import { describe, expect, it } from 'vitest';
import type { Manifest } from '../schema';
import { exportLabels, fileNamePart } from './export-labels';

const manifest = { built_at: '2026-11-27T10:00:00.000Z', sample: true } as Manifest;
const noUrl = { convention: null, cycle: null, region: null };
const chart = 'Status by convention and reporting cycle';

describe('exportLabels', () => {
	it('carries the subject and filters of the view into title, subtitle and file name, with the data version', () => {
		const view = {
			subject: 'Target 6.1',
			subjectId: 't6.1',
			scope: [
				{ label: 'Convention', value: 'All conventions' },
				{ label: 'Region', value: 'Africa' }
			],
			filters: { convention: null, cycle: null, region: 'Africa' }
		};
		expect(exportLabels(chart, view, noUrl, manifest)).toEqual({
			title: 'Status by convention and reporting cycle — Target 6.1',
			subtitle: 'Convention: All conventions · Region: Africa',
			fileBase: 'status-by-convention-and-reporting-cycle_t6-1_region-africa_data-2026-11-27-sample'
		});
	});

	it('uses the URL filters on a page without a view context, and names real data without "sample"', () => {
		const labels = exportLabels('Reporting rate', null, { ...noUrl, region: 'Latin America and the Caribbean' }, { ...manifest, sample: false });
		expect(labels.title).toBe('Reporting rate');
		expect(labels.subtitle).toBe('Region: Latin America and the Caribbean');
		expect(labels.fileBase).toBe('reporting-rate_region-latin-america-and-the-caribbean_data-2026-11-27');
	});

	it('keeps a hostile value out of the file name', () => {
		const { fileBase } = exportLabels('Chart', null, { ...noUrl, region: '../../<script>=cmd|x' + 'y'.repeat(500) }, null);
		expect(fileBase).toMatch(/^chart_region-[a-z0-9-]{1,48}$/);
	});
});

describe('fileNamePart', () => {
	it('folds accents and keeps ASCII words', () => {
		expect(fileNamePart('Côte d’Ivoire')).toBe('cote-d-ivoire');
		expect(fileNamePart('cbd_4')).toBe('cbd-4');
	});
});
