/**
 * Validation problems are values: each names the file, the 1-based line (header = line 1), the column, what is
 * wrong and how to fix it. A ProblemList keeps the first few and counts the rest.
 */

export interface Problem {
	/** The file as the user would type it, e.g. `data/sample/responses.csv`. */
	file: string;
	/** 1-based line in the file; absent for problems with the whole file. */
	line?: number;
	column?: string;
	message: string;
	fix: string;
}

export function formatProblem({ file, line, column, message, fix }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	const what = column === undefined ? message : `column ${column}: ${message}`;
	return `${where}: ${what}. Fix: ${fix}.`;
}

export const DEFAULT_PROBLEM_CAP = 50;

export class ProblemList {
	readonly kept: Problem[] = [];
	count = 0;

	constructor(readonly cap = DEFAULT_PROBLEM_CAP) {}

	add(problem: Problem): void {
		this.count++;
		if (this.kept.length < this.cap) this.kept.push(problem);
	}

	get isEmpty(): boolean {
		return this.count === 0;
	}

	/** The kept problems as lines, plus "... and N more" when some were left out. */
	lines(): string[] {
		const lines = this.kept.map(formatProblem);
		const more = this.count - this.kept.length;
		if (more > 0) lines.push(`... and ${more} more`);
		return lines;
	}
}

/** Quote a value the way messages show it, with control characters visible. */
export function quote(value: string): string {
	return JSON.stringify(value);
}
