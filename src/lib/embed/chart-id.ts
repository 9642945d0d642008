/**
 * Every chart's element id, so `#<id>` links to it and `?embed=<id>` picks it. The id is a slug of the
 * chart's title (or of an `id` the page gives), made unique on its page by a numeric suffix in the order
 * charts render, which is the same when prerendering and when hydrating.
 */
import { getContext, setContext } from 'svelte';

const MAX_LENGTH = 60;

/** `Reporting rate by convention and cycle` → `reporting-rate-by-convention-and-cycle`. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return shorten(slug) || 'chart';
}

/** At most MAX_LENGTH characters, cut between words so no part of a word (e.g. of a year) is left. */
function shorten(slug: string): string {
	if (slug.length <= MAX_LENGTH) return slug;
	const cut = slug.slice(0, MAX_LENGTH + 1);
	const lastDash = cut.lastIndexOf('-');
	return lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_LENGTH);
}

/** The ids taken on each page (keyed by path, so a chart on the next page never sees the last page's). */
export class ChartIds {
	#taken = new Map<string, Set<string>>();

	/** A free id for `base` on `page`, and the function that frees it again. */
	claim(page: string, base: string): { id: string; release: () => void } {
		const taken = this.#taken.get(page) ?? new Set<string>();
		this.#taken.set(page, taken);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return { id, release: () => taken.delete(id) };
	}
}

const KEY = Symbol('chart-ids');

/** Called once by the root layout: the registry its pages' charts share. */
export function provideChartIds(): ChartIds {
	return setContext(KEY, new ChartIds());
}

/** The registry of the page, or a private one where no layout provides it (e.g. a component test). */
export function useChartIds(): ChartIds {
	return getContext<ChartIds | undefined>(KEY) ?? new ChartIds();
}
