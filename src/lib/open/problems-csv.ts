/** Every problem found in the user's files as one CSV (the site's one CSV writer: formula-safe, BOM, CRLF). */
import { csvDocument } from '$lib/export/csv-format';
import type { OpenProblem } from './open-api';

export function problemsCsv(problems: readonly OpenProblem[]): string {
	return csvDocument(
		['file', 'line', 'column', 'problem', 'fix'],
		problems.map((problem) => [problem.file, problem.line ?? null, problem.column ?? null, problem.message, problem.fix ?? null])
	);
}
