/** Every framework element's id: the target pages to prerender. */
import type { Db } from '../../db/connection';
import { sql } from '../../db/sql';

export const elementIdsQuery = () => sql`SELECT element_id FROM framework ORDER BY sort`;

export async function loadElementIds(db: Db): Promise<string[]> {
	await db.ensure(['framework']);
	return (await db.query<{ element_id: string }>(elementIdsQuery())).map((row) => row.element_id);
}
