/**
 * The browser engine's lock, run once the engine is up and before any page's SQL: no file system or
 * network access from SQL (`read_csv('http://…')`, `ATTACH`, `COPY … TO`, `LOAD` all refused), and no
 * setting can change again (`SET autoload_known_extensions = true` refused). Tables still load later:
 * they arrive as Arrow from hyparquet (`insertArrowTable`), which needs neither.
 */
import { sql, type SqlQuery } from './sql';

export const LOCK_STATEMENTS: SqlQuery[] = [
	sql`SET enable_external_access = false`,
	// Last: after it no setting, this one included, can be changed on any connection.
	sql`SET lock_configuration = true`
];

/** Runs the lock statements through an engine's raw query function. */
export async function lockEngine(run: (text: string) => unknown): Promise<void> {
	for (const statement of LOCK_STATEMENTS) await run(statement.text);
}
