/**
 * One way to set up a lens page: a LiveView whose filters come from the URL through the page's typed parser.
 * Until the page has hydrated it reads no query string, so the first render matches the prerendered HTML (which
 * had none); after every navigation it shows the URL's view; once hydrated it starts the engine when the browser
 * is idle; a choice writes the URL, and the page reacts to the URL. The URL and navigation are injected (SvelteKit's
 * in `lens-view.ts`), so the class runs in Node tests too.
 */
import { LiveView, type LiveViewOptions } from './live-view.svelte';
import { filterSearch } from './url-filters';

export interface UrlViewOptions<F, T> extends LiveViewOptions<F, T> {
	/** The page's filters from a query string; null (before hydration) gives the prerendered view's. */
	parse: (params: URLSearchParams | null) => F;
	/** The page's current query string. */
	params: () => URLSearchParams;
	/** Goes to another query string (keeping focus and scroll). */
	navigate: (search: string) => unknown;
	/** Filters the prerendered view answers by itself (the engine neither warms nor runs for them); default none. */
	prerendered?: (filters: F) => boolean;
	/** Leaves commas unescaped in the query string (`?countries=BRA,KEN`). */
	readableCommas?: boolean;
}

export class UrlView<F, T> extends LiveView<F, T> {
	#hydrated = $state(false);
	#url: UrlViewOptions<F, T>;

	constructor(options: UrlViewOptions<F, T>) {
		super(options);
		this.#url = options;
	}

	/** The query string once the page has hydrated; null before. */
	get params(): URLSearchParams | null {
		return this.#hydrated ? this.#url.params() : null;
	}

	/** The filters the URL asks for, as the page renders them (the prerendered view's until hydrated). */
	get asked(): F {
		return this.#url.parse(this.params);
	}

	/** After every navigation, the first included: show the URL's view (unless the prerendered one answers it). */
	navigated(): Promise<void> {
		const filters = this.#url.parse(this.#url.params());
		const prerendered = this.#url.prerendered;
		if (prerendered && prerendered(filters) && (this.filters === null || prerendered(this.filters))) return Promise.resolve();
		return this.show(filters);
	}

	/** Once hydrated: render the URL's filters, and start the engine when the browser is idle. */
	hydrated(): void {
		this.#hydrated = true;
		if (this.#url.prerendered?.(this.asked)) return;
		const start = () => this.warm();
		if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 500 });
		else setTimeout(start, 0);
	}

	/** Writes `changes` to the URL (null removes a key; other keys are kept). */
	choose(changes: Readonly<Record<string, string | null | undefined>>): void {
		this.go((current) => filterSearch(current, changes));
	}

	/** Goes to the query string `next` makes of the current one (for a page's own keys, e.g. a linked view's). */
	go(next: (current: URLSearchParams) => string): void {
		const search = next(this.#url.params());
		this.#url.navigate(this.#url.readableCommas ? search.replaceAll('%2C', ',') : search);
	}
}
