/** `npm run data -- --input DIR [--real DIR] --out DIR`: build static/data from the input CSVs; exit 1 listing every problem. */
import { mergeReports } from './add-reports';
import { parseCliArgs, USAGE } from './args';
import { runPipeline } from './pipeline';
import { describeUnexpected } from './unexpected-error';
import { formatSummary } from './summary';

async function main(argv: string[]): Promise<number> {
	const args = parseCliArgs(argv);
	if (!args.ok) {
		console.error(`${args.error}\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		console.log(USAGE);
		return 0;
	}
	const merged = args.add.length ? await mergeReports(args.input, args.add, args.real) : null;
	if (merged && !merged.ok) {
		console.error(merged.problems.join('\n'));
		return 1;
	}
	const result = await runPipeline({ input: merged?.dir ?? args.input, out: args.out, real: args.real }).finally(() => merged?.cleanup());
	if (!result.ok) {
		const inputs = args.real ? `${args.input} and ${args.real}` : args.input;
		const heading = result.output
			? `The output folder cannot be used; nothing was written.`
			: `The input in ${inputs} has problems; ${args.out} was left unchanged.`;
		console.error(`${heading}\n`);
		console.error(result.problems.join('\n'));
		return 1;
	}
	console.log(formatSummary(result.manifest, args.out, result.seconds, result.notes));
	for (const warning of result.warnings) console.log(`Warning: ${warning}`);
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		const args = parseCliArgs(process.argv.slice(2));
		console.error(`Data build failed; the previous output was left unchanged.\n${describeUnexpected(error, args.ok ? args.input : '.')}`);
		if (process.env.PIPELINE_DEBUG && error instanceof Error) console.error(error.stack);
		process.exitCode = 1;
	}
);
