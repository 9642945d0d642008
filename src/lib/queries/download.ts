/** The Download page's CSV files: a whole table, as the pipeline wrote it. */
import type { Db } from '../db/connection';
import { identifier, sql } from '../db/sql';

export const tableRowsQuery = (table: string) => sql`SELECT * FROM ${identifier(table)}`;

/** Every row of one output table. */
export async function loadTableRows(db: Db, table: string): Promise<Record<string, unknown>[]> {
	await db.ensure([table]);
	return db.query<Record<string, unknown>>(tableRowsQuery(table));
}
