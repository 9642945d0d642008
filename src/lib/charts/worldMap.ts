/**
 * A choropleth of status class per country (equal-earth projection). No data is hatched, "not a party"
 * is the page's background, countries outside the selection are plain grey; countries large enough carry
 * their class symbol too, so colour is never the only encoding. A country with a page is a link to it.
 * Colours are CSS variables (palette.ts, app.css), so a prerendered map follows the light or dark theme.
 */
import * as Plot from '@observablehq/plot';
import { formatScore, statusLabel, t } from '../i18n';
import type { MapCategory } from '../queries/lens-types';
import { STATUS_CLASSES } from '../schema';
import { documentOption, type ChartOptions } from './options';
import { statusColor, statusInk, statusSymbol, THEME } from './palette';
import type { TableData } from './table';
import { largestPart, worldFeatures, type CountryFeature } from './worldFeatures';

export interface MapRow {
	iso3: string;
	name: string;
	category: MapCategory;
	score: number | null;
	/** More words for the country's tooltip and table row, e.g. "mean of 4 targets". */
	note?: string;
	href?: string | null;
}

export interface WorldMapOptions extends ChartOptions {
	ariaLabel: string;
	ariaDescription: string;
	/** Frame the countries of `rows` (a region) instead of the whole world. */
	fit?: boolean;
	/** The shapes to draw; the world by default. */
	features?: CountryFeature[];
	/** The countries are buttons that choose (the page listens, by `data-iso3`), not links to their pages. */
	choose?: boolean;
}

export const MAP_CATEGORIES: MapCategory[] = [...STATUS_CLASSES, 'not_party'];

const NOT_PARTY = { color: '#ffffff', ink: '#1a1a1a' };
export const OUTSIDE_COLOR = 'var(--map-outside, #e9ebed)';
const BORDER = THEME.borderStrong;
const MAX_FIT_HEIGHT = 520;
/** The class of the focusable countries' group (mapFocus.ts finds them by it). */
export const COUNTRIES_CLASS = 'map-countries';
/** A symbol needs about this many pixels of country around it. */
const SYMBOL_ROOM = 16;

export const categoryLabel = (category: MapCategory) => (category === 'not_party' ? t('map.category.not_party') : statusLabel(category));
export const categorySymbol = (category: MapCategory) => (category === 'not_party' ? '' : statusSymbol(category));
export const categoryColor = (category: MapCategory) => (category === 'not_party' ? `var(--map-not-party, ${NOT_PARTY.color})` : statusColor(category));
const categoryInk = (category: MapCategory) => (category === 'not_party' ? NOT_PARTY.ink : statusInk(category));

export function mapRowDescription(row: MapRow): string {
	const base = { country: row.name, status: categoryLabel(row.category) };
	const text = row.score == null ? t('map.country', base) : t('map.country.score', { ...base, score: formatScore(row.score) });
	return row.note ? `${text} (${row.note})` : text;
}

let patterns = 0;

export function worldMapChart(rows: MapRow[], options: WorldMapOptions): SVGSVGElement | HTMLElement {
	const { width, fit = false } = options;
	const features = options.features ?? worldFeatures();
	const byIso3 = new Map(rows.map((row) => [row.iso3, row]));
	const rowOf = (shape: CountryFeature) => byIso3.get(shape.iso3 ?? '')!;
	// In the rows' order (the table's): the order the arrow keys move through the countries.
	const order = new Map(rows.map((row, index) => [row.iso3, index]));
	const shown = features.filter((shape) => shape.iso3 != null && byIso3.has(shape.iso3)).toSorted((a, b) => order.get(a.iso3!)! - order.get(b.iso3!)!);
	const outside = features.filter((shape) => !shown.includes(shape));
	const frame = fit && shown.length > 0 ? shown : features;
	const hatch = `map-no-data-${++patterns}`;
	const fill = (shape: CountryFeature) => {
		const { category } = rowOf(shape);
		return category === 'no_data' ? `url(#${hatch})` : categoryColor(category);
	};
	const height = fit ? Math.round(Math.min(width * 0.7, MAX_FIT_HEIGHT)) : undefined;
	const span = extent(frame);
	const pxPerDegree = Math.min(width / span.lon, height ? height / span.lat : Infinity);
	const roomy = (shape: CountryFeature) => {
		const part = largestPart(shape);
		return part.width * pxPerDegree >= SYMBOL_ROOM && part.height * pxPerDegree >= SYMBOL_ROOM * 0.75;
	};
	const geoStyle = { stroke: BORDER, strokeWidth: 0.4 } as const;

	const chart = Plot.plot({
		...documentOption(options),
		width,
		// A region can be taller than wide (Africa): cap it, the projection fits inside.
		...(height ? { height } : {}),
		margin: 0,
		ariaLabel: options.ariaLabel,
		ariaDescription: options.ariaDescription,
		projection: { type: 'equal-earth', domain: { type: 'FeatureCollection', features: frame }, inset: 4 },
		color: { type: 'identity' },
		marks: [
			Plot.geo(outside, { ...geoStyle, fill: OUTSIDE_COLOR, ariaHidden: 'true' }),
			Plot.geo(shown, {
				...geoStyle,
				fill,
				title: (shape: CountryFeature) => mapRowDescription(rowOf(shape)),
				href: (shape: CountryFeature) => (options.choose ? null : (rowOf(shape).href ?? null)),
				className: COUNTRIES_CLASS
			}),
			Plot.text(
				shown.filter((shape) => roomy(shape) && categorySymbol(rowOf(shape).category)),
				Plot.centroid({
					geometry: (shape: CountryFeature) => largestPart(shape).polygon,
					text: (shape: CountryFeature) => categorySymbol(rowOf(shape).category),
					fill: (shape: CountryFeature) => categoryInk(rowOf(shape).category),
					fontSize: 9,
					pointerEvents: 'none',
					ariaHidden: 'true'
				})
			)
		]
	});
	addHatch(chart, hatch);
	roundPaths(chart);
	makeFocusable(
		chart,
		shown.map((shape) => shape.iso3!),
		options.choose ?? false
	);
	return chart;
}

/**
 * Every country of the rows is reachable by keyboard, named by its details (the hover title's words): one tab
 * stop, the first country; `mapKeyboard` (mapFocus.ts) moves between them with the arrow keys. Each carries
 * its ISO3 (`data-iso3`); a country that chooses is a button, one without a link an image.
 */
function makeFocusable(chart: Element, iso3s: string[], choose: boolean): void {
	const countries = chart.querySelectorAll(`.${COUNTRIES_CLASS} > *`);
	countries.forEach((country, index) => {
		const path = country.tagName.toLowerCase() === 'path' ? country : country.querySelector('path');
		const label = path?.querySelector('title')?.textContent ?? '';
		if (country.tagName.toLowerCase() !== 'a') country.setAttribute('role', choose ? 'button' : 'img');
		country.setAttribute('data-iso3', iso3s[index]);
		country.setAttribute('aria-label', label);
		country.setAttribute('data-country', '');
		country.setAttribute('tabindex', index === 0 ? '0' : '-1');
	});
}

/** The no-data pattern: the palette's grey with diagonal lines, like the matrix's hatched cells. */
function addHatch(chart: Element, id: string): void {
	const doc = chart.ownerDocument;
	const ns = 'http://www.w3.org/2000/svg';
	const element = (name: string, attributes: Record<string, string>) => {
		const node = doc.createElementNS(ns, name);
		for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
		return node;
	};
	const pattern = element('pattern', { id, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
	pattern.append(
		element('rect', { width: '6', height: '6', fill: statusColor('no_data') }),
		element('line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: BORDER, 'stroke-width': '1.5' })
	);
	const defs = element('defs', {});
	defs.append(pattern);
	const root = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
	root?.prepend(defs);
}

/** Shapes to a tenth of a pixel: plenty on screen, and a third less markup in every prerendered page. */
function roundPaths(chart: Element): void {
	for (const path of chart.querySelectorAll('path')) {
		const d = path.getAttribute('d');
		if (d)
			path.setAttribute(
				'd',
				d.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
			);
	}
}

/** Longitude and latitude span of the shapes, in degrees. */
function extent(shapes: CountryFeature[]): { lon: number; lat: number } {
	const lons: number[] = [];
	const lats: number[] = [];
	for (const shape of shapes) {
		const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
		for (const polygon of polygons)
			for (const [lon, lat] of polygon[0]) {
				lons.push(lon);
				lats.push(lat);
			}
	}
	const span = (values: number[]) => (values.length ? Math.max(10, Math.max(...values) - Math.min(...values)) : 360);
	return { lon: span(lons), lat: span(lats) };
}

/** The map's numbers as a table: one row per country, in the order given. */
export function worldMapTable(rows: MapRow[], caption: string): TableData<MapRow> {
	return {
		caption,
		rows,
		columns: [
			{ label: t('map.col.country'), cell: (row) => row.name },
			{
				label: t('map.col.status'),
				cell: (row) => `${categorySymbol(row.category)} ${categoryLabel(row.category)}`.trim(),
				category: (row) => ({ id: row.category, label: categoryLabel(row.category) })
			},
			{ label: t('map.col.score'), cell: (row) => formatScore(row.score), numeric: true, value: (row) => row.score },
			{ label: t('map.col.note'), cell: (row) => row.note ?? '' }
		]
	};
}
