/**
 * Which band of a Plot chart's y scale a click fell in (e.g. the target row of "Status by target"), from
 * the figure's own scale; null outside the bands or on a drawing without its scales (the prerendered one).
 */
import * as Plot from '@observablehq/plot';

type PlotFigure = SVGSVGElement & { scale?: (name: 'y') => Plot.ScaleOptions & { bandwidth?: number; step?: number } };

export function bandAt(target: EventTarget | null, clientY: number): string | null {
	const svg = (target instanceof Element ? target.closest('svg') : null) as PlotFigure | null;
	const descriptor = svg?.scale?.('y');
	if (!svg || !descriptor?.domain || descriptor.bandwidth === undefined) return null;
	const box = svg.getBoundingClientRect();
	const height = svg.viewBox.baseVal?.height || box.height;
	const y = ((clientY - box.top) * height) / box.height;
	const scale = Plot.scale({ y: descriptor });
	const step = descriptor.step ?? descriptor.bandwidth;
	// The band and the gap above it (where a target's label sits) belong to the row.
	const hit = (descriptor.domain as unknown[]).find((key) => {
		const top = scale.apply(key) as number;
		return y >= top - (step - descriptor.bandwidth!) && y < top + descriptor.bandwidth!;
	});
	return hit == null ? null : String(hit);
}
