/** Example queries offered beside the SQL console's editor (their titles are messages `sql.example.<id>`). */
export interface ConsoleExample {
	id: 'reportingBySubregion' | 'classChanged' | 'crosswalk';
	sql: string;
}

export const CONSOLE_EXAMPLES: ConsoleExample[] = [
	{
		id: 'reportingBySubregion',
		sql: `-- Reporting rate by subregion, convention and cycle
SELECT c.subregion, r.convention_id, r.cycle_id,
  count(*) AS expected,
  count(r.submitted) AS submitted,
  round(count(r.submitted) / count(*), 3) AS rate
FROM reports r JOIN countries c USING (iso3)
GROUP BY ALL
ORDER BY c.subregion, r.convention_id, r.cycle_id`
	},
	{
		id: 'classChanged',
		sql: `-- Countries whose overall class changed since their previous report
WITH ordered AS (
  SELECT *, lag(status) OVER (PARTITION BY convention_id, iso3 ORDER BY year, cycle_id) AS previous
  FROM country_overall
)
SELECT convention_id, iso3, cycle_id, previous, status
FROM ordered
WHERE latest AND previous IS NOT NULL AND previous <> status
ORDER BY convention_id, iso3`
	},
	{
		id: 'crosswalk',
		sql: `-- The crosswalk for one target: which questions of which convention feed it
SELECT x.element_id, x.convention_id, q.cycle_id, x.question_id, q.text
FROM crosswalk x JOIN questions q USING (convention_id, question_id)
WHERE x.element_id = 't1.1'
ORDER BY x.convention_id, q.cycle_id, x.question_id`
	}
];
