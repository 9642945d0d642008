/**
 * Whether pages draw their default view at build time. `BUILD_RENDER=off` builds the same site without
 * it (every view waits for DuckDB in the browser): the baseline `npm run bench` compares against.
 */
export function buildRendering(): boolean {
	return process.env.BUILD_RENDER !== 'off';
}
