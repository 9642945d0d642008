/**
 * The world map's shapes for a component that draws a map in the browser: loaded (fetched once, as a static
 * asset) when the component mounts. `features` is null until then, so the chart keeps its prerendered drawing
 * (see Chart's `draw`), and throws if they could not be loaded, so the chart shows the error.
 * Call during component initialisation.
 */
import { onMount } from 'svelte';
import { loadedWorldFeatures, loadWorldFeatures, type CountryFeature } from './worldFeatures';

export function useWorldShapes(): { readonly features: CountryFeature[] | null } {
	let shapes = $state.raw(loadedWorldFeatures());
	let failure = $state.raw<unknown>(null);
	onMount(() => {
		if (!shapes)
			loadWorldFeatures().then(
				(loaded) => (shapes = loaded),
				(error) => (failure = error)
			);
	});
	return {
		get features() {
			if (failure) throw failure;
			return shapes;
		}
	};
}
