/** An error the pipeline did not expect, in the problems' file / what / fix form instead of a stack trace. */
import { formatProblem } from '../core/problems';

export function describeUnexpected(error: unknown, input: string): string {
	const failure = error as Partial<NodeJS.ErrnoException> | undefined;
	const file = typeof failure?.path === 'string' ? failure.path : input;
	const message = error instanceof Error ? error.message : String(error);
	return formatProblem({
		file,
		message: `unexpected error: ${message}`,
		fix: 'check that the files can be read and the disk has room; if it persists, report it with the output of PIPELINE_DEBUG=1 npm run data'
	});
}
