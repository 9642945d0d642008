/** Tables a page derives from the loaded ones (small aggregates), made once per database. */
import type { Db } from '../db/connection';
import type { SqlQuery } from '../db/sql';

/** `ensure(db)` loads `sources` and runs `statements` (CREATE TABLE IF NOT EXISTS …) once per database. */
export function derivedTables(sources: readonly string[], statements: SqlQuery[]): (db: Db) => Promise<void> {
	const made = new WeakMap<Db, Promise<void>>();
	return (db) => {
		let done = made.get(db);
		if (!done) {
			done = db.ensure(sources).then(async () => {
				for (const statement of statements) await db.query(statement);
			});
			done.catch(() => made.delete(db));
			made.set(db, done);
		}
		return done;
	};
}
