/** Reference and report tables are written as read, in file order; framework gets its position as `sort`. */
import { OUTPUT_TABLES } from '../../../lib/schema';

const asRead = (table: keyof typeof OUTPUT_TABLES) => `
SELECT ${OUTPUT_TABLES[table].join(', ')}
FROM ${table}
ORDER BY line`;

export const conventionsSql = asRead('conventions');
export const countriesSql = asRead('countries');
export const partiesSql = asRead('parties');
export const cyclesSql = asRead('cycles');
export const reportsSql = asRead('reports');
export const scalesSql = asRead('scales');
export const questionsSql = asRead('questions');
export const crosswalkSql = asRead('crosswalk');

export const frameworkSql = `
SELECT element_id, level, parent_id, code, title,
       CAST(row_number() OVER (ORDER BY line) AS INTEGER) AS sort
FROM framework
ORDER BY line`;
