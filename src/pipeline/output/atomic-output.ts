/**
 * Write an output folder so that it is whole at every instant a run can die: everything goes into a fresh
 * temporary folder in the staging place (staging.ts), which replaces the old output only when writing succeeded.
 * The old output is set aside, the new one renamed in, the old one deleted; a run killed between the two renames
 * leaves the old output set aside, and the next run's recovery puts it back before anything else.
 */
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { makeFolder } from './make-folder';
import { OutputError } from './output-error';
import { checkOutputFolder } from './ownership';
import { oldName, recoverOutput, stagingOf, tempName } from './staging';

export interface AtomicOptions {
	/** Folders the output must not be, contain or sit in (checked again just before the swap). */
	inputs?: string[];
}

export async function writeFolderAtomically<T>(outDir: string, write: (tempDir: string) => Promise<T>, { inputs = [] }: AtomicOptions = {}): Promise<T> {
	const target = path.resolve(outDir);
	await prepareOutput(outDir, inputs);
	const staging = await stagingOf(target);
	const temp = tempName(staging);
	await rm(temp, { recursive: true, force: true });
	await makeFolder(temp, outDir);
	try {
		const result = await write(temp);
		await checkOutputFolder(outDir, inputs);
		await swapIn(temp, target, oldName(staging));
		return result;
	} catch (error) {
		await rm(temp, { recursive: true, force: true });
		throw error;
	}
}

/** Refuse an output folder the pipeline does not own, create its parents, and recover from dead runs. */
export async function prepareOutput(outDir: string, inputs: string[]): Promise<void> {
	await checkOutputFolder(outDir, inputs);
	await makeFolder(path.dirname(path.resolve(outDir)), outDir);
	await recoverOutput(outDir);
	await checkOutputFolder(outDir, inputs);
}

async function swapIn(temp: string, target: string, old: string): Promise<void> {
	const hadOld = await isPresent(target);
	if (hadOld) await rename(target, old);
	try {
		await rename(temp, target);
	} catch (error) {
		if (hadOld) await rename(old, target);
		const code = (error as NodeJS.ErrnoException).code;
		throw new OutputError(
			target,
			`cannot move the new output into place (${code ?? (error as Error).message})`,
			'check that you can write to its parent folder'
		);
	}
	if (hadOld) await rm(old, { recursive: true, force: true });
}

async function isPresent(file: string): Promise<boolean> {
	return stat(file).then(
		() => true,
		() => false
	);
}
