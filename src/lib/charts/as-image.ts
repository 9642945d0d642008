/**
 * Makes a drawn chart one accessible image named by its aria-label: Plot labels each mark's `<g>` too
 * ("rule", "line"), which ARIA does not allow on an element without a role, and which a screen reader
 * would read as noise. A chart with links or focusable marks (the map) becomes a group instead, so they
 * stay reachable.
 */
export function asImage<T extends Element>(chart: T): T {
	for (const group of chart.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
	chart.setAttribute('role', chart.querySelector('a, [tabindex]') ? 'group' : 'img');
	return chart;
}
