/**
 * The core's engine on Node: native DuckDB (@duckdb/node-api). Input tables are appended row by row (empty →
 * NULL, numbers typed); outputs are written by DuckDB's own Parquet writer (SNAPPY) into the folder being built,
 * then read back for their size and checksum.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ColumnType, CoreEngine } from '../core/score/core-engine';

const APPEND: Record<ColumnType, (appender: DuckDBAppender, value: string) => void> = {
	VARCHAR: (appender, value) => appender.appendVarchar(value),
	INTEGER: (appender, value) => appender.appendInteger(Number(value)),
	DOUBLE: (appender, value) => appender.appendDouble(Number(value))
};

/** `outputDir` is asked for at write time: the folder the atomic output is building. */
export function nativeEngine(connection: DuckDBConnection, outputDir: () => string): CoreEngine {
	return {
		async run(sql, params) {
			await connection.run(sql, params as never);
		},
		async rows(sql) {
			return (await connection.runAndReadAll(sql)).getRowObjectsJS();
		},
		async insert(name, table, types) {
			const definitions = table.columns.map((column, i) => `"${column}" ${types[i]}`);
			await connection.run(`CREATE TABLE "${name}" (${definitions.join(', ')}, line INTEGER)`);
			const appender = await connection.createAppender(name);
			try {
				const appendValue = types.map((type) => APPEND[type]);
				for (let row = 0; row < table.rows.length; row++) {
					const values = table.rows[row];
					for (let c = 0; c < values.length; c++) {
						if (values[c] === '') appender.appendNull();
						else appendValue[c](appender, values[c]);
					}
					appender.appendInteger(table.lines[row]);
					appender.endRow();
				}
				appender.flushSync();
			} finally {
				appender.closeSync();
			}
		},
		async writeParquet(name, file) {
			const target = path.join(outputDir(), file);
			// A table written in parts goes into a folder of its own (write-partitions.ts).
			await mkdir(path.dirname(target), { recursive: true });
			await connection.run(`COPY ${name} TO ${sqlString(target)} (FORMAT parquet, COMPRESSION snappy)`);
			return new Uint8Array(await readFile(target));
		}
	};
}

function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}
