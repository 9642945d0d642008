/** Validate the input folder on Node: the core's checks (src/core/validate) over the files on disk. */
import { validateFiles, type ValidationResult } from '../core/validate/validate-files';
import { inputFolder } from './input-folder';
import type { TableName } from '../core/contract/input-spec';

export type { ValidationResult } from '../core/validate/validate-files';

/** `files` puts a table's file elsewhere than the input folder (e.g. imported real data in a temp folder). */
export function validateInput(inputDir: string, files: Partial<Record<TableName, string>> = {}): Promise<ValidationResult> {
	return validateFiles(inputFolder(inputDir, files));
}
