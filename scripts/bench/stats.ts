/** Summaries of repeated measurements: median, p95, min and max. */
export interface Summary {
	n: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

export function summarise(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	const mid = sorted.length / 2;
	const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { n: sorted.length, median, p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}
