/** The tiny fixture's pipeline output opened with duckdb-wasm (Node), the browser's way. */
import path from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../../src/lib/db/connection';
import { openDataFolder } from '../../../src/lib/db/node-engine';
import { runPipeline } from '../../../src/pipeline/pipeline';
import { makeTempDir, removeDir, TINY } from '../pipeline/helpers';

export async function openTiny(prefix: string): Promise<{ db: Db; out: string; close: () => Promise<void> }> {
	const dir = await makeTempDir(prefix);
	const out = path.join(dir, 'data');
	const result = await runPipeline({ input: TINY, out });
	expect(result.ok ? [] : result.problems).toEqual([]);
	return { db: await openDataFolder(out), out, close: () => removeDir(dir) };
}
