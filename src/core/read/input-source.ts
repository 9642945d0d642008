/**
 * Where the input comes from: a generated sample (its folder holds sample.json with "sample": true, and the
 * seed and response count it was generated with) or real data.
 */
import type { Problem } from '../problems';
import type { InputFiles } from './input-files';

/** sample.json holds a few settings: anything bigger is not one. */
const MARKER_LIMIT = 64 * 1024;

export interface SampleMarker {
	seed: number;
	/** Responses the sample holds: its size. */
	responses?: number;
}

export type InputSource = { ok: true; sample: boolean; marker: SampleMarker | null } | { ok: false; problem: Problem };

export async function readInputSource(files: InputFiles): Promise<InputSource> {
	const file = files.label('sample.json');
	if (!(await files.has('sample.json'))) return { ok: true, sample: false, marker: null };
	const opened = await files.open('sample.json', MARKER_LIMIT);
	if (!opened.ok) return { ok: false, problem: opened.problem };
	try {
		const text = await readText(opened.chunks);
		const parsed: unknown = JSON.parse(text);
		const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
		const sample = fields.sample === true;
		return { ok: true, sample, marker: sample ? markerOf(fields) : null };
	} catch (error) {
		return {
			ok: false,
			problem: { file, message: `not valid JSON (${(error as Error).message})`, fix: 'write {"sample": true} or delete the file' }
		};
	} finally {
		await opened.close();
	}
}

async function readText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
	const decoder = new TextDecoder();
	let text = '';
	for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
	return text + decoder.decode();
}

/** The generator's settings, when sample.json records them (the pipeline can then regenerate the sample). */
function markerOf({ seed, responses }: Record<string, unknown>): SampleMarker | null {
	if (!isCount(seed)) return null;
	return { seed, ...(isCount(responses) ? { responses } : {}) };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
