/**
 * The countries chosen on a map drawn by worldMapChart (e.g. the region a cross-filter keeps): each country
 * (`data-iso3`) gets `data-chosen` and, when it is a button, `aria-pressed`, kept across the map's redraws;
 * the page's CSS dims the others. `null`: nothing chosen, every country as drawn.
 */
import type { Attachment } from 'svelte/attachments';

export const mapChosen =
	(chosen: ReadonlySet<string> | null): Attachment<HTMLElement> =>
	(node) => {
		const apply = () => {
			for (const country of node.querySelectorAll('[data-iso3]')) {
				const on = chosen?.has(country.getAttribute('data-iso3') ?? '') ?? false;
				if (country.hasAttribute('data-chosen') !== on) country.toggleAttribute('data-chosen', on);
				if (country.getAttribute('role') !== 'button') continue;
				if (chosen) country.setAttribute('aria-pressed', String(on));
				else country.removeAttribute('aria-pressed');
			}
		};
		apply();
		if (!chosen) return;
		// A redraw (resize, new rows) replaces the countries: mark the new ones.
		const observer = new MutationObserver(apply);
		observer.observe(node, { childList: true, subtree: true });
		return () => observer.disconnect();
	};
