/**
 * The data's labels in the page's language, on the tiny fixture: names change, keys do not, and English
 * pages see the data as the pipeline wrote it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/lib/db/sql';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue';
import { localiseTable } from '../../../src/lib/db/localise-tables';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, removeDir, TINY } from '../pipeline/helpers';

let dir: string;
let out: string;

beforeAll(async () => {
	dir = await makeTempDir('localise-');
	out = path.join(dir, 'data');
	const result = await runPipeline({ input: TINY, out });
	expect(result.ok).toBe(true);
});
afterAll(() => removeDir(dir));

async function open(locale: 'en' | 'fr' | 'es'): Promise<Db> {
	const catalogue = await CATALOGUES[locale]();
	return openDataFolder(out, (table) => localiseTable(table, catalogue));
}

const countries = (db: Db) =>
	db.ensure(['countries']).then(() => db.query<{ iso3: string; name: string; region: string }>(sql`SELECT iso3, name, region FROM countries ORDER BY iso3`));

describe('data labels in the page language', () => {
	it('leaves English as the pipeline wrote it', async () => {
		expect((await countries(await open('en'))).map((c) => c.name)).toEqual(['Brazil', 'France', 'Kenya', 'New Zealand']);
	});

	it('names countries in French and Spanish from i18n-iso-countries, keeping ISO codes and region keys', async () => {
		const fr = await countries(await open('fr'));
		expect(fr).toEqual([
			{ iso3: 'BRA', name: 'Brésil', region: 'Americas' },
			{ iso3: 'FRA', name: 'France', region: 'Europe' },
			{ iso3: 'KEN', name: 'Kenya', region: 'Africa' },
			{ iso3: 'NZL', name: 'Nouvelle-Zélande', region: 'Oceania' }
		]);
		expect((await countries(await open('es'))).map((c) => c.name)).toEqual(['Brasil', 'Francia', 'Kenia', 'Nueva Zelanda']);
	});

	it('gives the framework and conventions their translated labels where the catalogue has them', async () => {
		const catalogue = await CATALOGUES.fr();
		const db = await open('fr');
		await db.ensure(['framework', 'conventions']);
		const framework = await db.query<{ element_id: string; title: string }>(sql`SELECT element_id, title FROM framework ORDER BY sort`);
		for (const row of framework) expect(row.title).toBe(catalogue.data.framework[row.element_id] ?? row.title);
		const conventions = await db.query<{ convention_id: string; name: string }>(sql`SELECT convention_id, name FROM conventions`);
		for (const row of conventions) expect(row.name).toBe(catalogue.data.conventions[row.convention_id] ?? row.name);
		expect(framework.find((row) => row.element_id === 't1.1')?.title).toMatch(/^Au moins 10[\s\u202f]% de chacune des régions écologiques/);
		expect(conventions.find((row) => row.convention_id === 'cbd')?.name).toBe('Convention sur la diversité biologique');
	});
});
