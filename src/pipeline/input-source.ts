/** Where the input comes from: a generated sample (its folder holds sample.json with "sample": true) or real data. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './problems';

export type InputSource = { ok: true; sample: boolean } | { ok: false; problem: Problem };

export async function readInputSource(inputDir: string): Promise<InputSource> {
	const file = path.join(inputDir, 'sample.json');
	const text = await readFile(file, 'utf8').catch(() => null);
	if (text === null) return { ok: true, sample: false };
	try {
		const parsed: unknown = JSON.parse(text);
		return { ok: true, sample: typeof parsed === 'object' && parsed !== null && (parsed as { sample?: unknown }).sample === true };
	} catch (error) {
		return {
			ok: false,
			problem: { file, message: `not valid JSON (${(error as Error).message})`, fix: 'write {"sample": true} or delete the file' }
		};
	}
}
