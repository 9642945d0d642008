/**
 * SvelteKit's side of a lens page's UrlView: the page's URL, `goto`, `afterNavigate` and `onMount`, and the
 * browser's database. Call it while the page component initialises.
 */
import { onMount } from 'svelte';
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { getDb, resetDb } from '$lib/db/client';
import { openedSummary } from '$lib/open/opened-store';
import { UrlView, type UrlViewOptions } from './url-view.svelte';

export function lensView<F, T>(options: Omit<UrlViewOptions<F, T>, 'params' | 'navigate' | 'connect' | 'reset'>): UrlView<F, T> {
	const view = new UrlView<F, T>({
		...options,
		// While the user's data is open, each page's +page.ts computed its view with this engine (opened-pages.ts).
		initialFromEngine: openedSummary() !== null,
		connect: getDb,
		reset: resetDb,
		params: () => page.url.searchParams,
		navigate: (search) => goto(search, { keepFocus: true, noScroll: true })
	});
	afterNavigate(() => view.navigated());
	onMount(() => view.hydrated());
	return view;
}
