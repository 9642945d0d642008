/**
 * What the SQL console lets through. A query must read: it runs wrapped as `SELECT * FROM (<query>)`, which
 * DuckDB only accepts for a single reading statement (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SUMMARIZE,
 * SHOW), on the console's own locked engine. Statements that load, attach, copy, configure or write are refused
 * up front with a plain reason; the engine's lock and the wrapper hold even when this check is fooled.
 */
export type Refusal = 'empty' | 'load' | 'install' | 'attach' | 'copy' | 'set' | 'pragma' | 'write' | 'url' | 'multiple' | 'notRead';

const FIRST_WORD: Record<string, Refusal> = {
	LOAD: 'load',
	INSTALL: 'install',
	FORCE: 'install',
	UPDATE_EXTENSIONS: 'install',
	ATTACH: 'attach',
	DETACH: 'attach',
	USE: 'attach',
	COPY: 'copy',
	EXPORT: 'copy',
	IMPORT: 'copy',
	SET: 'set',
	RESET: 'set',
	PRAGMA: 'pragma',
	CALL: 'pragma',
	INSERT: 'write',
	UPDATE: 'write',
	DELETE: 'write',
	CREATE: 'write',
	DROP: 'write',
	ALTER: 'write',
	TRUNCATE: 'write',
	MERGE: 'write',
	CHECKPOINT: 'write',
	VACUUM: 'write',
	ANALYZE: 'write',
	COMMENT: 'write',
	BEGIN: 'write',
	START: 'write',
	COMMIT: 'write',
	END: 'write',
	ROLLBACK: 'write',
	ABORT: 'write',
	PREPARE: 'write',
	EXECUTE: 'write',
	DEALLOCATE: 'write'
};

/** The query without comments (string literals kept as they are), for the checks below. */
export function withoutComments(text: string): string {
	return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, (match) => (match.startsWith('--') || match.startsWith('/*') ? ' ' : match));
}

/** The query as the user typed it, less trailing semicolons and blanks (one statement is allowed). */
export function trimQuery(text: string): string {
	return text.replace(/[\s;]+$/, '');
}

/** Why the console will not run this text, or null when it may try. */
export function refusal(text: string): Refusal | null {
	const code = withoutComments(trimQuery(text)).trim();
	if (!code) return 'empty';
	const word = /^[\s(]*([A-Za-z_]+)/.exec(code)?.[1]?.toUpperCase() ?? '';
	if (word in FIRST_WORD) return FIRST_WORD[word];
	// A URL or path with a scheme in a string: the engine refuses it anyway; say so plainly first.
	if (/'[a-z][a-z0-9+.-]*:\/\//i.test(code)) return 'url';
	// A statement separator outside strings: only one statement at a time.
	if (/;/.test(code.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, ''))) return 'multiple';
	return null;
}

/** The user's query wrapped so that only a reading statement can run; the query starts on line 2. */
export function readOnlyQuery(text: string): string {
	return `SELECT * FROM (\n${trimQuery(text)}\n) AS console_query`;
}

/** The console's result table, filled by the wrapped query (temporary, on the console's own connection). */
export const RESULT_TABLE = 'console_result';

export function resultTableQuery(text: string): string {
	return `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS ${readOnlyQuery(text)}`;
}

/** DuckDB's message with line numbers of the user's text (the wrapper adds one line above it). */
export function userFacingError(message: string): string {
	return message.replace(/LINE (\d+):/g, (_, line: string) => `LINE ${Math.max(1, Number(line) - 1)}:`).trim();
}

/** DuckDB errors that mean the statement was not a single read, told plainly. */
export function refusalOfError(message: string): Refusal | null {
	if (/Cannot prepare multiple statements/i.test(message)) return 'multiple';
	if (/Permission Error/i.test(message)) return 'url';
	if (/A CTE needs a SELECT/i.test(message)) return 'notRead';
	return null;
}
