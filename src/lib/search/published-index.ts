/**
 * The header search's index of the published data, in one language, fetched from the site
 * (`search-index.json`, prerendered: src/routes/[[lang=lang]]/search-index.json) once per language and page
 * life, when the search is first used. Pages do not carry it: it would be ~45 kB in every page's HTML and data.
 */
import { localHref } from '$lib/i18n/paths';
import type { Locale } from '$lib/i18n/locales';
import type { SearchEntry } from '$lib/queries/search';

const fetched = new Map<Locale, Promise<SearchEntry[]>>();

export function publishedSearchIndex(locale: Locale): Promise<SearchEntry[]> {
	let entries = fetched.get(locale);
	if (!entries) {
		entries = fetch(localHref('/search-index.json', locale)).then(async (response) => {
			if (!response.ok) throw new Error(`search-index.json: ${response.status} ${response.statusText}`);
			return (await response.json()) as SearchEntry[];
		});
		// A failed fetch (offline, say) is tried again the next time the search is used.
		entries.catch(() => fetched.delete(locale));
		fetched.set(locale, entries);
	}
	return entries;
}
