/** What the SQL console refuses before a statement reaches the engine, and how it wraps what it runs. */
import { describe, expect, it } from 'vitest';
import { readOnlyQuery, refusal, refusalOfError, resultTableQuery, trimQuery, userFacingError } from '../../../src/lib/queries/sql-console/guard';

describe('the SQL console guard', () => {
	it.each([
		['', 'empty'],
		['  -- only a comment\n', 'empty'],
		['LOAD httpfs', 'load'],
		['install httpfs', 'install'],
		['FORCE INSTALL httpfs', 'install'],
		["ATTACH 'x.db' AS x", 'attach'],
		['USE x', 'attach'],
		["COPY status TO 'x.csv'", 'copy'],
		["EXPORT DATABASE 'x'", 'copy'],
		['SET autoload_known_extensions = true', 'set'],
		['RESET enable_external_access', 'set'],
		['PRAGMA enable_profiling', 'pragma'],
		['CALL pragma_version()', 'pragma'],
		['DELETE FROM status', 'write'],
		['/* hidden */ drop table status', 'write'],
		['-- comment first\nCREATE TABLE x AS SELECT 1', 'write'],
		['(INSERT INTO status VALUES (1))', 'write'],
		["SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')", 'url'],
		["SELECT * FROM read_parquet('s3://bucket/x.parquet')", 'url'],
		['SELECT 1; DELETE FROM status', 'multiple']
	] as const)('refuses %j (%s)', (text, reason) => {
		expect(refusal(text)).toBe(reason);
	});

	it.each([
		'SELECT * FROM status',
		'select 1;',
		'WITH x AS (SELECT 1) SELECT * FROM x',
		'FROM countries',
		'DESCRIBE status',
		"SELECT 'a;b' AS text, 'SET' AS word",
		'-- reporting rate\nSELECT * FROM reporting -- done'
	])('lets %j through', (text) => {
		expect(refusal(text)).toBeNull();
	});

	it('wraps the query read-only, its first line on line 2, trailing semicolons dropped', () => {
		expect(trimQuery('SELECT 1;; \n')).toBe('SELECT 1');
		expect(readOnlyQuery('SELECT 1 -- note;')).toBe('SELECT * FROM (\nSELECT 1 -- note\n) AS console_query');
		expect(resultTableQuery('SELECT 1')).toMatch(/^CREATE OR REPLACE TEMP TABLE console_result AS SELECT \* FROM \(\nSELECT 1\n\)/);
	});

	it("gives DuckDB's error with the user's line numbers, and tells refusals found by the engine", () => {
		expect(userFacingError('Binder Error: no column "x"\n\nLINE 3: WHERE x = 1')).toBe('Binder Error: no column "x"\n\nLINE 2: WHERE x = 1');
		expect(refusalOfError('Invalid Input Error: Cannot prepare multiple statements at once!')).toBe('multiple');
		expect(refusalOfError('Permission Error: Cannot access file "x.csv"')).toBe('url');
		expect(refusalOfError('Not implemented Error: A CTE needs a SELECT')).toBe('notRead');
		expect(refusalOfError('Catalog Error: Table with name x does not exist!')).toBeNull();
	});
});
