/**
 * Before the page hydrates: a page with a live view (its prerendered HTML carries `data-engine`) starts
 * DuckDB at once — the engine's code, its worker and the wasm download and compile run while the page
 * hydrates, instead of after it. The view's own start (LiveView.warm) then joins the same promise.
 */
import type { ClientInit } from '@sveltejs/kit';

export const init: ClientInit = () => {
	if (!document.querySelector('[data-engine]')) return;
	// Not awaited: hydration goes on meanwhile; a failure is reported by the view when it asks for the engine.
	import('$lib/db/client').then(({ getDb }) => getDb().catch(() => {}));
};
