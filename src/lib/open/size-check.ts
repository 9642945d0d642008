/**
 * The size limits, checked on the files' sizes before their bytes are read (a page can call this on the File
 * objects it was given, so that a 5 GB file is refused without reading it). Same limits and words as the CLI.
 */
import { CHOSEN_FILES, fileTooLarge, inputTooLarge } from '../../core/read/input-files';
import type { Problem } from '../../core/problems';
import { openProblem } from './open-problems';
import type { OpenProblem } from './open-types';

export function sizeProblems(files: readonly { name: string; size: number }[]): OpenProblem[] {
	const problems: Problem[] = files.flatMap((file) => fileTooLarge(file.name, file.size) ?? []);
	if (problems.length > 0) return problems.map(openProblem);
	const total = inputTooLarge(
		CHOSEN_FILES,
		files.reduce((sum, file) => sum + file.size, 0)
	);
	return total ? [openProblem(total)] : [];
}
