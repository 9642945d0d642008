/**
 * A chart's redraws held while it is off screen. A goal's or focal area's crosswalk draws thousands of bars in a
 * few very long charts, and a filter change redrew all of them although one at most is on screen: here a redraw
 * of a chart far from the viewport waits (the latest one only) until the chart comes near it, the page is printed
 * (print media, or `beforeprint`), or `flush` asks for it (a download of the drawing, its data table shown). Until
 * then the chart keeps its drawing, which nobody sees (its accessible name and description do not depend on the
 * filters), and its hidden data table keeps the same numbers (Chart.svelte updates both together).
 */
export interface DeferredDraw {
	/** Follows `node` (the chart's box) in and out of the viewport; calling it again with the same node does nothing. */
	watch(node: Element): void;
	/** Draws now if the chart is near the viewport (or not yet known to be off it), else holds `draw` until it is. */
	schedule(draw: () => void): void;
	/** Draws the held redraw now, if any. */
	flush(): void;
	/** Stops following the chart (its component is destroyed); a held redraw is dropped. */
	stop(): void;
}

/** "Near" the viewport: within half its height above or below, so a chart is redrawn before it scrolls in. */
const NEAR = '50% 0px';

export function deferredDraw(): DeferredDraw {
	/** null until the observer's first report: a chart not known to be off screen draws at once. */
	let near: boolean | null = null;
	let held: (() => void) | null = null;
	let watched: Element | null = null;

	const flush = () => {
		const draw = held;
		held = null;
		draw?.();
	};
	const observer = new IntersectionObserver(
		(entries) => {
			near = entries[entries.length - 1].isIntersecting;
			if (near) flush();
		},
		{ rootMargin: NEAR }
	);
	const print = window.matchMedia('print');
	const onPrintMedia = () => {
		if (print.matches) flush();
	};
	print.addEventListener('change', onPrintMedia);
	window.addEventListener('beforeprint', flush);

	return {
		watch(node) {
			if (node === watched) return;
			if (watched) observer.unobserve(watched);
			watched = node;
			near = null;
			observer.observe(node);
		},
		schedule(draw) {
			held = draw;
			if (near !== false || print.matches) flush();
		},
		flush,
		stop() {
			held = null;
			observer.disconnect();
			print.removeEventListener('change', onPrintMedia);
			window.removeEventListener('beforeprint', flush);
		}
	};
}
