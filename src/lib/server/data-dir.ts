import path from 'node:path';

/** The pipeline output the site is built over: `static/data`, or `$STATIC_DIR/data` (see svelte.config.js). */
export function dataDir(): string {
	return path.resolve(process.env.STATIC_DIR ?? 'static', 'data');
}
