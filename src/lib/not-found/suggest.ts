/**
 * What a "not found" page offers for the path that was asked for: the same page under its id's proper case
 * (`/countries/ken/` → `/countries/KEN/`, followed at once), or the closest page of the same kind ("Did you
 * mean Kenya (KEN)?"), from the header search's index.
 */
import type { SearchEntry } from '../queries/search';
import { normalise } from '../queries/search';

const SECTIONS = { countries: 'country', conventions: 'convention', targets: 'element' } as const;
type Section = keyof typeof SECTIONS;

export interface NotFoundAdvice {
	/** The section asked for (countries, conventions, targets), when the path names one. */
	section: Section | null;
	/** Path (without language) to go to at once: the same id in another case. */
	redirect: string | null;
	/** The likely page meant. */
	suggestion: SearchEntry | null;
}

/** `path` without base and language, e.g. `/countries/ken/`. */
export function adviseNotFound(path: string, entries: SearchEntry[]): NotFoundAdvice {
	const [, first, id, ...rest] = path.split('/');
	if (!(first in SECTIONS) || !id) return { section: null, redirect: null, suggestion: null };
	const section = first as Section;
	const candidates = entries.filter((entry) => entry.kind === SECTIONS[section]);
	const asked = decodeURIComponent(id);
	const sameCase = candidates.find((entry) => entry.id.toLowerCase() === asked.toLowerCase());
	if (sameCase && sameCase.id !== asked) return { section, redirect: `/${section}/${sameCase.id}/${rest.filter(Boolean).join('/')}`, suggestion: sameCase };
	return { section, redirect: null, suggestion: sameCase ?? closest(asked, candidates) };
}

/** The entry whose id, code or name is nearest by edit distance, if near enough to be a likely typo. */
function closest(asked: string, candidates: SearchEntry[]): SearchEntry | null {
	const wanted = normalise(asked);
	let best: { entry: SearchEntry; distance: number } | null = null;
	for (const entry of candidates) {
		for (const key of keysOf(entry)) {
			const distance = editDistance(wanted, normalise(key));
			if (distance <= Math.max(1, Math.floor(key.length / 4)) && (!best || distance < best.distance)) best = { entry, distance };
		}
	}
	return best?.entry ?? null;
}

function keysOf(entry: SearchEntry): string[] {
	switch (entry.kind) {
		case 'country':
			return [entry.id, entry.name];
		case 'convention':
			return [entry.id, entry.short_name, entry.name];
		case 'element':
			return [entry.id, entry.code];
		case 'activity':
			return []; // a wrong address names a country, convention or target page, never an activity
	}
}

/** Edits (insert, delete, substitute, swap two neighbours) between two strings. */
function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
}
