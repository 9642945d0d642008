/**
 * Country shapes for maps: Natural Earth 1:110m from the `world-atlas` package, as GeoJSON features
 * keyed by ISO3. Not bundled into any page's JavaScript (~100 kB gzip): the build's server hook hands the
 * topology over for prerendering (`useWorldTopology`), and a page that redraws a map in the browser fetches it
 * once as a static, content-hashed asset (`loadWorldFeatures`).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import shapesUrl from 'world-atlas/countries-110m.json?url';
import { iso3OfFeature } from './isoNumeric';

export interface CountryFeature {
	type: 'Feature';
	/** null for the few shapes that are not an ISO country (e.g. Somaliland). */
	iso3: string | null;
	name: string;
	geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
	properties: { name: string };
}

const ANTARCTICA = 'ATA';
let cached: CountryFeature[] | null = null;
let loading: Promise<CountryFeature[]> | null = null;

/** Every country shape but Antarctica (no party, and it would take a third of the map); they must be loaded. */
export function worldFeatures(): CountryFeature[] {
	if (!cached) throw new Error('The world map shapes are not loaded yet (loadWorldFeatures)');
	return cached;
}

/** The shapes if they are loaded, else null. */
export function loadedWorldFeatures(): CountryFeature[] | null {
	return cached;
}

/** Makes the shapes available from a topology already in memory (prerendering, tests). */
export function useWorldTopology(topology: unknown): CountryFeature[] {
	cached = toFeatures(topology as Topology);
	return cached;
}

/** Fetches the shapes once (the site's own asset, cached for good by its hashed name). */
export function loadWorldFeatures(fetchFn: typeof fetch = fetch): Promise<CountryFeature[]> {
	if (cached) return Promise.resolve(cached);
	loading ??= fetchFn(shapesUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`Could not load the world map shapes: HTTP ${response.status}`);
			return response.json();
		})
		.then(useWorldTopology);
	loading.catch(() => (loading = null));
	return loading;
}

export function toFeatures(topology: Topology): CountryFeature[] {
	const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
	return collection.features
		.map((shape) => ({
			type: 'Feature' as const,
			iso3: iso3OfFeature({ id: shape.id, properties: shape.properties }),
			name: shape.properties?.name ?? '',
			geometry: shape.geometry as CountryFeature['geometry'],
			properties: { name: shape.properties?.name ?? '' }
		}))
		.filter((shape) => shape.iso3 !== ANTARCTICA);
}

export interface ShapePart {
	polygon: GeoJSON.Polygon;
	/** Longitude and latitude extent in degrees (parts are cut at the antimeridian). */
	width: number;
	height: number;
}

/** A shape's largest part (by extent): where its symbol goes, e.g. France's mainland, not its centroid at sea. */
export function largestPart(shape: CountryFeature): ShapePart {
	const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
	let best: ShapePart | null = null;
	for (const coordinates of polygons) {
		const ring = coordinates[0];
		const lons = ring.map((point) => point[0]);
		const lats = ring.map((point) => point[1]);
		const width = Math.max(...lons) - Math.min(...lons);
		const height = Math.max(...lats) - Math.min(...lats);
		if (!best || width * height > best.width * best.height) best = { polygon: { type: 'Polygon', coordinates }, width, height };
	}
	return best!;
}
