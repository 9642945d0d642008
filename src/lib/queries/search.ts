/**
 * The site search: a small index built at build time (countries that are parties, conventions, the
 * framework) and searched in plain JS, so the header's search box needs no database in the browser.
 */
import type { Db } from '../db/connection';
import { sql } from '../db/sql';
import type { Level } from '../schema';
import { activitySearchEntries, type ActivitySearchEntry } from './activity-search';
import { conventionsQuery, frameworkQuery } from './overview';
import type { Convention, FrameworkElement } from './types';

export const SEARCH_TABLES = ['countries', 'parties', 'conventions', 'framework'] as const;

/** `aliases`: other names the entry is found by (a country's ISO2, UN and former names; a target's indicators). */
export type SearchEntry =
	| { kind: 'country'; id: string; name: string; region: string | null; aliases?: string[] }
	| { kind: 'convention'; id: string; name: string; short_name: string }
	| { kind: 'element'; id: string; level: Level; code: string; title: string; aliases?: string[] }
	| ActivitySearchEntry;

export const partyCountriesQuery = () => sql`
	SELECT DISTINCT c.iso3, c.name, c.region FROM countries c JOIN parties p ON p.iso3 = c.iso3 ORDER BY c.name COLLATE NOACCENT.NOCASE`;

export async function loadSearchIndex(db: Db): Promise<SearchEntry[]> {
	await db.ensure(SEARCH_TABLES);
	const [countries, conventions, framework] = await Promise.all([
		db.query<{ iso3: string; name: string; region: string | null }>(partyCountriesQuery()),
		db.query<Convention>(conventionsQuery()),
		db.query<FrameworkElement>(frameworkQuery())
	]);
	return [
		...framework.map(({ element_id, level, code, title }) => ({ kind: 'element' as const, id: element_id, level, code, title })),
		...conventions.map(({ convention_id, name, short_name }) => ({ kind: 'convention' as const, id: convention_id, name, short_name })),
		...countries.map(({ iso3, name, region }) => ({ kind: 'country' as const, id: iso3, name, region })),
		...(await activitySearchEntries(db))
	];
}

/** Lower case without accents or punctuation (a dot between digits stays: "6.1" is a code). */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}.]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const LEVEL_WORDS: Record<Level, string[]> = {
	target: ['target', 't'],
	goal: ['goal', 'g'],
	focal_area: ['focal area', 'area', 'fa']
};

/** What a person types to name the entry exactly: ISO3, convention id or short name, an element's code. */
function exactKeys(entry: SearchEntry): string[] {
	switch (entry.kind) {
		case 'country':
			return [entry.id, ...(entry.aliases ?? []).filter(isAbbreviation)];
		case 'convention':
			return [entry.id, entry.short_name];
		case 'element':
			return [entry.code, entry.id, ...LEVEL_WORDS[entry.level].map((word) => `${word} ${entry.code}`)];
		case 'activity':
			return [entry.id];
	}
}

/** "UK", "USA", "GB": typed in full, they name the entry exactly. */
const isAbbreviation = (alias: string) => /^[A-Z]{2,4}$/.test(alias);

/** The words the entry is found by besides its keys: a name or a title. */
function text(entry: SearchEntry): string {
	return entry.kind === 'element' ? entry.title : entry.name;
}

export interface PreparedEntry {
	entry: SearchEntry;
	keys: string[];
	text: string;
	words: string[];
	/** Each other name, normalised, with its words. */
	aliases: { text: string; words: string[] }[];
}

export function prepareIndex(entries: SearchEntry[]): PreparedEntry[] {
	return entries.map((entry) => {
		const normalised = normalise(text(entry));
		const aliases = ('aliases' in entry ? (entry.aliases ?? []) : []).map(normalise).map((alias) => ({ text: alias, words: alias.split(' ') }));
		return { entry, keys: exactKeys(entry).map(normalise), text: normalised, words: normalised.split(' '), aliases };
	});
}

const startsSomeWord = (words: string[]) => (typed: string) => words.some((own) => own.startsWith(typed));

/**
 * How well the entry matches: an exact key first, then a key or the name starting with the query, then another
 * name (alias) equal to or starting with it, then every typed word starting a word of the name, then of an
 * alias (accents and case folded), then the query anywhere in the name; 0 = no match.
 */
export function matchScore(prepared: PreparedEntry, query: string): number {
	if (!query) return 0;
	if (prepared.keys.includes(query)) return 100;
	if (prepared.keys.some((key) => key.startsWith(query))) return 80;
	if (prepared.text.startsWith(query)) return 70;
	if (prepared.aliases.some((alias) => alias.text === query)) return 65;
	if (prepared.aliases.some((alias) => alias.text.startsWith(query))) return 60;
	const typed = query.split(' ');
	if (typed.every(startsSomeWord(prepared.words))) return 50 + Math.min(9, typed.length);
	if (prepared.aliases.some((alias) => typed.every(startsSomeWord(alias.words)))) return 40 + Math.min(9, typed.length);
	if (prepared.text.includes(query)) return 20;
	return 0;
}

const KIND_ORDER: Record<SearchEntry['kind'], number> = { convention: 0, element: 1, country: 2, activity: 3 };

/** The best matches, best first; ties keep conventions, then framework order, then countries by name. */
export function search(index: PreparedEntry[], query: string, limit = 8): SearchEntry[] {
	const wanted = normalise(query);
	return (
		index
			// Agencies and activities come after any country, convention or element that matches as well.
			.map((prepared, position) => ({ prepared, position, score: matchScore(prepared, wanted) * (prepared.entry.kind === 'activity' ? 0.5 : 1) }))
			.filter((match) => match.score > 0)
			.sort((a, b) => b.score - a.score || KIND_ORDER[a.prepared.entry.kind] - KIND_ORDER[b.prepared.entry.kind] || a.position - b.position)
			.slice(0, limit)
			.map((match) => match.prepared.entry)
	);
}
