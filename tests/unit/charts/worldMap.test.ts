import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { ISO3_BY_NUMERIC, iso3OfFeature } from '../../../src/lib/charts/isoNumeric';
import countries110m from 'world-atlas/countries-110m.json';
import { useWorldTopology, worldFeatures } from '../../../src/lib/charts/worldFeatures';
import { mapRowDescription, worldMapChart, worldMapTable, type MapRow } from '../../../src/lib/charts/worldMap';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';

useWorldTopology(countries110m);

const rows: MapRow[] = [
	{ iso3: 'BRA', name: 'Brazil', category: 'advanced', score: 0.925, note: 'mean of 4 targets', href: '/countries/BRA/' },
	{ iso3: 'FRA', name: 'France', category: 'early', score: 0.4625, href: '/countries/FRA/' },
	{ iso3: 'KEN', name: 'Kenya', category: 'no_data', score: null, note: 'Overdue', href: '/countries/KEN/' },
	{ iso3: 'NZL', name: 'New Zealand', category: 'not_party', score: null, href: null }
];
const shapes = () => worldFeatures().filter((shape) => ['BRA', 'FRA', 'KEN', 'NZL', 'ARG'].includes(shape.iso3 ?? ''));
const render = (width: number, fit = false) =>
	worldMapChart(rows, { width, fit, features: shapes(), document: createDocument(), ariaLabel: 'Overall status', ariaDescription: 'A map' });

describe('ISO numeric → alpha-3', () => {
	it('agrees with the world-countries package for every country with a numeric code', () => {
		const expected = worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]);
		expect([...ISO3_BY_NUMERIC].sort()).toEqual(expected.sort());
	});

	it('maps every world-atlas shape to a country, Kosovo by name', () => {
		const unmapped = worldFeatures()
			.filter((shape) => shape.iso3 == null)
			.map((shape) => shape.name);
		expect(unmapped.sort()).toEqual(['N. Cyprus', 'Somaliland']);
		expect(iso3OfFeature({ properties: { name: 'Kosovo' } })).toBe('UNK');
		expect(iso3OfFeature({ id: '76' })).toBe('BRA');
		expect(worldFeatures().some((shape) => shape.iso3 === 'ATA')).toBe(false);
	});
});

describe('worldMapChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'world-map');
	});

	it('matches the expected SVG framed on its countries, on a phone', () => {
		expectSvgSnapshot(render(375, true), import.meta.dirname, 'world-map-fit-narrow');
	});

	it('links countries that have a page', () => {
		const links = [...render(640).querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')).sort()).toEqual(['/countries/BRA/', '/countries/FRA/', '/countries/KEN/']);
	});

	it('makes every country of the rows one keyboard stop, in the rows’ order, named by its details', () => {
		const countries = [...render(640).querySelectorAll('[data-country]')];
		expect(countries.map((country) => country.getAttribute('aria-label'))).toEqual([
			'Brazil: Advanced, score 0.93 (mean of 4 targets)',
			'France: Early stages, score 0.46',
			'Kenya: No data (Overdue)',
			'New Zealand: Not a party'
		]);
		expect(countries.map((country) => country.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
		expect(countries[3].getAttribute('role')).toBe('img'); // no page: not a link
	});

	it('makes the countries buttons carrying their ISO3, without links, when they choose', () => {
		const svg = worldMapChart(rows, {
			width: 640,
			features: shapes(),
			document: createDocument(),
			ariaLabel: 'Overall status',
			ariaDescription: 'A map',
			choose: true
		});
		expect(svg.querySelectorAll('a')).toHaveLength(0);
		const countries = [...svg.querySelectorAll('[data-country]')];
		expect(countries.map((country) => `${country.getAttribute('data-iso3')} ${country.getAttribute('role')} ${country.getAttribute('tabindex')}`)).toEqual([
			'BRA button 0',
			'FRA button -1',
			'KEN button -1',
			'NZL button -1'
		]);
		expect(countries[0].getAttribute('aria-label')).toBe('Brazil: Advanced, score 0.93 (mean of 4 targets)');
	});

	it('fills by class, hatches no data, leaves non-parties white and countries outside the rows grey', () => {
		const svg = render(640);
		const fills = [...svg.querySelectorAll('path')].map((path) => path.getAttribute('fill') ?? path.parentElement?.getAttribute('fill'));
		expect(fills).toContain('var(--status-advanced, #253494)');
		expect(fills).toContain('var(--map-not-party, #ffffff)');
		expect(fills.some((fill) => fill?.startsWith('url(#map-no-data-'))).toBe(true);
		expect(svg.querySelector('pattern')).not.toBeNull();
		expect(svg.querySelector('g[fill="var(--map-outside, #e9ebed)"] path')).not.toBeNull(); // Argentina: not in the rows
	});

	it('titles each country with its status and score, and carries symbols on large countries', () => {
		const svg = render(640);
		const titles = [...svg.querySelectorAll('title')].map((title) => title.textContent);
		expect(titles).toContain('Brazil: Advanced, score 0.93 (mean of 4 targets)');
		expect(titles).toContain('Kenya: No data (Overdue)');
		expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toContain('●');
		expect(svg.getAttribute('aria-label')).toBe('Overall status');
	});

	it('gives its data table the same statuses', () => {
		const table = worldMapTable(rows, 'Overall status');
		expect(table.rows.map((row) => table.columns.map((column) => column.cell(row)))).toEqual([
			['Brazil', '● Advanced', '0.93', 'mean of 4 targets'],
			['France', '◔ Early stages', '0.46', ''],
			['Kenya', '– No data', '–', 'Overdue'],
			['New Zealand', 'Not a party', '–', '']
		]);
		expect(mapRowDescription(rows[3])).toBe('New Zealand: Not a party');
	});
});
