/**
 * `npm test`: every check, with the two cores busy side by side. The site build the browser tests need (pipeline
 * + `vite build`, no deploy compression) runs beside the type check and the unit tests; the browser tests start on
 * that build as soon as it is done, while the unit tests may still run. The browser tests' output streams; the
 * other steps' output is shown whole when each ends, so nothing interleaves. The summary lists each step's time and
 * result, and the exit code is non-zero when any step failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { realDataDir, SITE_BUILD_COMMAND, root, siteBuildEnv } from '../tests/e2e/site-build';

interface Step {
	name: string;
	ok: boolean;
	seconds: number;
}

/** Runs a command; its output is either streamed or kept to be printed once it ends (so parallel steps do not interleave). */
function run(name: string, command: string, env: NodeJS.ProcessEnv, stream: boolean): Promise<Step> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, { cwd: root, env, shell: true, stdio: stream ? 'inherit' : 'pipe' });
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (!stream) {
				console.log(`\n──── ${name} (${command}) ────`);
				process.stdout.write(Buffer.concat(output));
			}
			console.log(`──── ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s ────\n`);
			resolve({ name, ok: code === 0, seconds });
		});
	});
}

async function inOrder(steps: (() => Promise<Step>)[]): Promise<Step[]> {
	const done: Step[] = [];
	for (const step of steps) done.push(await step());
	return done;
}

const started = performance.now();
const env = { ...process.env };
/** Each vitest project also writes a JSON report, so the summary can count the tests that ran. */
const reportsDir = path.join(root, '.cache/test-results');
rmSync(reportsDir, { recursive: true, force: true });
const withReport = (script: string, name: string) =>
	`npm run ${script} -- --reporter=default --reporter=json --outputFile.json=${path.join(reportsDir, `${name}.json`)}`;

function counted(name: string): { passed: number; failed: number; skipped: number } {
	const file = path.join(reportsDir, `${name}.json`);
	if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
	const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
	return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}
/**
 * The steps beside the build and the browser tests run at a lower CPU priority: the build, then the browser tests, are
 * the longest path, and the others end well before it even when they yield the cores to it (a clean-clone CI run:
 * type check, lint and unit tests 635 s beside build + browser tests 978 s). Niceness 5, not more: a unit test that
 * starts duckdb-wasm must still end within its timeout while the browser tests keep both cores busy.
 */
const BESIDE = 'nice -n 5';
console.log('npm test: site build, beside type check, lint then unit tests; the browser tests start once the build is done.\n');
// One sync first: the build and the type check both read .svelte-kit, and sync rewrites only what changed.
await run('svelte-kit sync', 'npx svelte-kit sync', env, true);
const browserTests = run('site build', SITE_BUILD_COMMAND, siteBuildEnv(), false).then(async (build) =>
	build.ok
		? [build, await run('browser tests', withReport('test:e2e', 'e2e'), { ...env, E2E_SKIP_BUILD: '1' }, true)]
		: [build, { name: 'browser tests (not run: the site build failed)', ok: false, seconds: 0 }]
);
const [browserSteps, checks] = await Promise.all([
	browserTests,
	inOrder([
		() => run('type check', `${BESIDE} npm run check`, env, false),
		() => run('lint', `${BESIDE} npm run lint`, env, false),
		() => run('unit tests', `${BESIDE} ${withReport('test:unit', 'unit')}`, env, false)
	])
]);
const steps = [browserSteps[0], ...checks, browserSteps[1]];

console.log('npm test summary:');
for (const step of steps) console.log(`  ${step.ok ? 'passed' : 'FAILED'}  ${step.name} (${step.seconds.toFixed(0)} s)`);
console.log(`  total ${((performance.now() - started) / 1000 / 60).toFixed(1)} min`);
if (!existsSync(realDataDir)) console.log(`  SKIPPED: the real-data tests (unit and browser): ${realDataDir} is absent (set REAL_DATA_DIR).`);
const tests = ['unit', 'e2e'].map(counted).reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }));
const ok = steps.every((step) => step.ok) && tests.passed > 0;
if (tests.passed === 0) console.log('  FAILED: no test ran');
// The plain closing line CI reads: every test of both projects.
console.log(`Tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`);
process.exit(ok ? 0 : 1);
