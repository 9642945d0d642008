/**
 * Runs in the page before any of its scripts (Playwright init script): records, relative to the
 * navigation start, when the first chart was painted and when DuckDB was ready (`data-engine="ready"`).
 */
export const PAGE_PROBE = `
(() => {
	const marks = (window.__bench = { firstChart: null, engineReady: null });
	const check = () => {
		if (marks.firstChart === null && document.querySelector('figure svg')) {
			marks.firstChart = -1;
			requestAnimationFrame(() => (marks.firstChart = performance.now()));
		}
		if (marks.engineReady === null && document.querySelector('[data-engine="ready"]')) {
			marks.engineReady = performance.now();
		}
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

/**
 * Page-side: changes the region select and resolves with the ms until every chart shows that region
 * (kept as source text: a transpiled function could reference helpers the page does not have).
 */
export const filterLatency = (region: string) => `
(async (region) => {
	const select = document.querySelector('select');
	const wrapper = document.querySelector('[data-view]');
	const started = performance.now();
	select.value = region;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await new Promise((resolve, reject) => {
		const done = () => wrapper.dataset.view === (region || 'all') && wrapper.dataset.ready === 'true';
		if (done()) return resolve();
		setTimeout(() => reject(new Error('the view did not show ' + (region || 'all regions') + ' within 30 s of the filter change')), 30000);
		const observer = new MutationObserver(() => {
			if (done()) {
				observer.disconnect();
				resolve();
			}
		});
		observer.observe(wrapper, { attributes: true });
	});
	await new Promise((resolve) => requestAnimationFrame(resolve));
	return performance.now() - started;
})(${JSON.stringify(region)})`;
