/**
 * The databases pages are prerendered from: native DuckDB over the pipeline's output, running the very
 * SQL the browser runs later. One per language (the data's labels are relabelled on load), opened once
 * per build. Answers are remembered for the build: the tables do not change once loaded, and most pages
 * ask some of the same questions (the framework, the conventions, the reporting rates), so each is asked once.
 */
import type { Db } from '$lib/db/connection';
import type { SqlQuery } from '$lib/db/sql';
import { getCatalogue } from '$lib/i18n';
import { localiseTable } from '$lib/db/localise-tables';
import { dataDir } from './data-dir';
import { openNativeDataFolder } from './native-engine';

const opened = new Map<string, Promise<Db>>();

/** The database in the language of the page being rendered (the server hook sets it per request). */
export function buildDb(folder = dataDir()): Promise<Db> {
	const catalogue = getCatalogue();
	const key = `${catalogue.locale}:${folder}`;
	if (!opened.has(key)) {
		opened.set(key, openNativeDataFolder(folder, (table) => localiseTable(table, catalogue)).then(rememberingAnswers));
	}
	return opened.get(key)!;
}

/** A Db that runs each distinct query (text and values) once and hands out copies of its rows. */
export function rememberingAnswers(db: Db): Db {
	const answers = new Map<string, Promise<unknown[]>>();
	const keyOf = (query: SqlQuery) =>
		`${query.text}\u0000${JSON.stringify(query.params, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}`;
	return {
		manifest: db.manifest,
		ensure: (tables) => db.ensure(tables),
		async query<T>(query: SqlQuery): Promise<T[]> {
			const key = keyOf(query);
			let answer = answers.get(key);
			if (!answer) {
				answer = db.query(query);
				answers.set(key, answer);
				answer.catch(() => answers.delete(key));
			}
			return (await answer).map((row) => ({ ...(row as object) })) as T[];
		}
	};
}
