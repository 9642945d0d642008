/** The header search: index built from the build's data, ranking in plain JS. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { loadSearchIndex, normalise, prepareIndex, search, type SearchEntry } from '../../../src/lib/queries/search';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, removeDir, TINY } from '../pipeline/helpers';

const ENTRIES: SearchEntry[] = [
	{ kind: 'element', id: 'fa1', level: 'focal_area', code: 'A', title: 'Protect the components of biodiversity' },
	{ kind: 'element', id: 'g1', level: 'goal', code: '1', title: 'Promote the conservation of ecosystems' },
	{ kind: 'element', id: 't1.1', level: 'target', code: '1.1', title: "At least 10% of each of the world's ecological regions effectively conserved" },
	{ kind: 'element', id: 't1.2', level: 'target', code: '1.2', title: 'Areas of particular importance to biodiversity protected' },
	{ kind: 'element', id: 'g6', level: 'goal', code: '6', title: 'Control threats from invasive alien species' },
	{ kind: 'element', id: 't6.1', level: 'target', code: '6.1', title: 'Pathways for major potential alien invasive species controlled' },
	{ kind: 'element', id: 't10.1', level: 'target', code: '10.1', title: 'All access to genetic resources is in line with the CBD' },
	{ kind: 'convention', id: 'cbd', name: 'Convention on Biological Diversity', short_name: 'CBD' },
	{ kind: 'convention', id: 'cms', name: 'Convention on the Conservation of Migratory Species of Wild Animals', short_name: 'CMS' },
	{ kind: 'convention', id: 'ramsar', name: 'Convention on Wetlands', short_name: 'Ramsar' },
	{ kind: 'country', id: 'CIV', name: "Côte d'Ivoire", region: 'Africa' },
	{ kind: 'country', id: 'FRA', name: 'France', region: 'Europe' },
	{ kind: 'country', id: 'GUF', name: 'French Guiana', region: 'Americas' },
	{ kind: 'country', id: 'NZL', name: 'New Zealand', region: 'Oceania' },
	{ kind: 'country', id: 'PNG', name: 'Papua New Guinea', region: 'Oceania' }
];
const index = prepareIndex(ENTRIES);
const ids = (query: string, limit?: number) => search(index, query, limit).map((entry) => entry.id);

describe('normalise', () => {
	it('drops case, accents and punctuation but keeps the dot of a code', () => {
		expect(normalise("  Côte d'Ivoire ")).toBe('cote d ivoire');
		expect(normalise('Target 6.1.')).toBe('target 6.1');
		expect(normalise('6.')).toBe('6');
	});
});

describe('search ranking', () => {
	it('finds a target by its code before anything else that starts the same', () => {
		expect(ids('6.1')[0]).toBe('t6.1');
		expect(ids('1.1')[0]).toBe('t1.1');
		expect(ids('target 1.2')).toEqual(['t1.2']);
		expect(ids('t6.1')[0]).toBe('t6.1');
	});

	it('a bare number is the goal, then the targets whose code starts with it', () => {
		expect(ids('1')).toEqual(['g1', 't1.1', 't1.2', 't10.1']);
		expect(ids('goal 6')).toEqual(['g6']);
		expect(ids('focal area a')[0]).toBe('fa1');
	});

	it('finds an element by words of its title, in any order and as prefixes', () => {
		expect(ids('invasive species')).toEqual(['g6', 't6.1']);
		expect(ids('species invas')).toEqual(['g6', 't6.1']);
		expect(ids('ecologic region')).toEqual(['t1.1']);
	});

	it('finds a country by ISO3 code or by name, without accents', () => {
		expect(ids('fra')[0]).toBe('FRA');
		expect(ids('NZL')).toEqual(['NZL']);
		expect(ids('cote')).toEqual(['CIV']);
		expect(ids('côte d’ivoire')).toEqual(['CIV']);
		expect(ids('new')).toEqual(['NZL', 'PNG']);
		expect(ids('guinea')).toEqual(['PNG']);
	});

	it('finds a convention by id, short name or words of its name', () => {
		expect(ids('cbd')[0]).toBe('cbd');
		expect(ids('Ramsar')).toEqual(['ramsar']);
		expect(ids('migratory')).toEqual(['cms']);
		expect(ids('wetlands')).toEqual(['ramsar']);
	});

	it('ranks a name that starts with the query above one that only contains a word starting with it', () => {
		expect(ids('fr')).toEqual(['FRA', 'GUF', 'g6']); // g6: “… threats from …”
		expect(ids('protect')).toEqual(['fa1', 't1.2']);
		// Equal matches: conventions, then the framework in its order, then countries.
		expect(ids('conserv')).toEqual(['cms', 'g1', 't1.1']);
	});

	it('returns nothing for an empty or unmatched query, and at most `limit` entries', () => {
		expect(ids('')).toEqual([]);
		expect(ids('   ')).toEqual([]);
		expect(ids('xyzzy')).toEqual([]);
		expect(ids('c', 2)).toHaveLength(2);
	});
});

describe('search index from the tiny fixture', () => {
	let dir: string;
	let entries: SearchEntry[];
	beforeAll(async () => {
		dir = await makeTempDir('queries-search-');
		const out = path.join(dir, 'data');
		expect((await runPipeline({ input: TINY, out })).ok).toBe(true);
		entries = await loadSearchIndex(await openDataFolder(out));
	});
	afterAll(() => removeDir(dir));

	it('holds the framework, the conventions and the countries that are parties', () => {
		const byKind = (kind: SearchEntry['kind']) => entries.filter((e) => e.kind === kind).map((e) => e.id);
		expect(byKind('element')).toEqual(['fa1', 'g1', 't1.1', 't1.2', 'g2', 't2.1', 'fa2', 'g4', 't4.1', 't4.2']);
		expect(byKind('convention')).toEqual(['cbd', 'cms', 'ramsar']);
		expect(byKind('country')).toEqual(['BRA', 'FRA', 'KEN', 'NZL']);
		expect(search(prepareIndex(entries), 'kenya')).toEqual([{ kind: 'country', id: 'KEN', name: 'Kenya', region: 'Africa' }]);
	});
});
