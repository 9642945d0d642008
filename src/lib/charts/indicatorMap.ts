/**
 * An indicator's country values in one year on a world map (equal-earth, Natural Earth shapes of
 * worldFeatures): five classes of equal width from light to dark (YlGnBu, colour-blind safe) with a legend;
 * countries without a value are light grey. Every country names its value on hover, and the data table
 * and the ranking carry the same numbers.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n';
import type { RankedValue } from '../queries/indicators/indicator-page';
import type { IndicatorChartOptions } from './indicatorSeries';
import { documentOption } from './options';
import { THEME } from './palette';
import { worldFeatures, type CountryFeature } from './worldFeatures';

const NO_VALUE = 'var(--map-outside, #e9ebed)';
const BORDER = THEME.borderStrong;

export interface IndicatorMapOptions extends IndicatorChartOptions {
	year: number;
	/** The shapes to draw; the world by default. */
	features?: CountryFeature[];
}

export function indicatorMapChart(rows: RankedValue[], options: IndicatorMapOptions): SVGSVGElement | HTMLElement {
	const features = options.features ?? worldFeatures();
	const byIso3 = new Map(rows.map((row) => [row.iso3, row]));
	const valueOf = (shape: CountryFeature) => byIso3.get(shape.iso3 ?? '')?.value;
	const withValue = features.filter((shape) => valueOf(shape) !== undefined);
	const without = features.filter((shape) => valueOf(shape) === undefined);
	const title = (shape: CountryFeature) => {
		const row = byIso3.get(shape.iso3 ?? '');
		return row
			? t('indicator.map.country', { name: row.name, value: options.format(row.value), year: options.year })
			: t('indicator.map.noValue', { name: shape.name, year: options.year });
	};
	const chart = Plot.plot({
		...documentOption(options),
		width: options.width,
		margin: 0,
		marginTop: 4,
		ariaLabel: options.ariaLabel,
		ariaDescription: t('indicator.map.description', { unit: options.unit, year: options.year, count: rows.length }),
		projection: { type: 'equal-earth', domain: { type: 'FeatureCollection', features }, inset: 4 },
		color: {
			type: 'quantize',
			n: 5,
			scheme: 'YlGnBu',
			domain: rows.length ? [Math.min(...rows.map((row) => row.value)), Math.max(...rows.map((row) => row.value))] : [0, 1],
			legend: true,
			label: options.unit,
			tickFormat: options.format
		},
		marks: [
			Plot.geo(without, { fill: NO_VALUE, stroke: BORDER, strokeWidth: 0.4, title }),
			Plot.geo(withValue, { fill: (shape: CountryFeature) => valueOf(shape), stroke: BORDER, strokeWidth: 0.4, title })
		]
	});
	// With its legend the map is a <figure>: it, not only the SVG inside, carries the name.
	if (chart.tagName.toLowerCase() !== 'svg') chart.setAttribute('aria-label', options.ariaLabel);
	return chart;
}
