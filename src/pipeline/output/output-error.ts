/** A reason the output folder cannot be used, in the problems' file / what / fix form. */
import type { Problem } from '../../core/problems';

export class OutputError extends Error {
	constructor(
		readonly file: string,
		readonly what: string,
		readonly fix: string
	) {
		super(`${file}: ${what}`);
	}

	get problem(): Problem {
		return { file: this.file, message: this.what, fix: this.fix };
	}
}
