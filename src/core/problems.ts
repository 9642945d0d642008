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

/** One line per problem, whatever the input held: invisible characters escaped, long texts cut. */
export function formatProblem({ file, line, column, message, fix }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	const what = column === undefined ? message : `column ${column}: ${message}`;
	return `${escapeInvisible(where)}: ${cut(escapeInvisible(what), LINE_PART_LIMIT)}. Fix: ${cut(escapeInvisible(fix), LINE_PART_LIMIT)}.`;
}

/** Characters shown: at most this many of a value echoed in a message, and of a message or fix. */
export const ECHO_LIMIT = 80;
const LINE_PART_LIMIT = 600;

/** Control characters (C0, DEL, C1), line and paragraph separators, bidi controls and the BOM. */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function escapeInvisible(text: string): string {
	return text.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `limit` characters of `text` and "…" when it is longer (a surrogate pair is never split). */
export function cut(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const end = /[\ud800-\udbff]/.test(text[limit - 1]) ? limit - 1 : limit;
	return `${text.slice(0, end)}…`;
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

/** Quote a value the way messages show it: cut to ECHO_LIMIT characters, invisible characters escaped. */
export function quote(value: string): string {
	return escapeInvisible(JSON.stringify(cut(value, ECHO_LIMIT)));
}
