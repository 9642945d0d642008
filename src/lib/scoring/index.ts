/**
 * The scoring rule's one home (DESIGN.md §3): classes and outcomes, which report counts, "in region",
 * roll-ups, reporting rate and overdue, the data's date. SQL text and small pure functions, no engine:
 * the pipeline (native DuckDB) and the browser's queries (duckdb-wasm) both build on it.
 */
export * from './classes';
export * from './cycles';
export * from './region';
export * from './rollups';
export * from './reporting';
export * from './as-of';
export * from './report-status';
export * from './since';
