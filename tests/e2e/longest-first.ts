/**
 * The order the browser-test files start in: longest first, so the two workers end together instead of one
 * running a long file alone at the end (vitest's own order on a clean clone is by file size, which puts the three
 * small accessibility files, 3½ minutes of scans, last). The seconds are each file's time in the last clean-clone
 * `npm test` (vitest's JSON report, `.cache/test-results/e2e.json`); a file not listed counts as DEFAULT_SECONDS.
 * Only the order depends on them.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const EXPECTED_SECONDS: Record<string, number> = {
	'open-data': 222,
	'accessibility-en': 121,
	'accessibility-es': 103,
	activities: 95,
	target: 80,
	share: 76,
	consistency: 66,
	'accessibility-fr': 60,
	'sql-console': 58,
	country: 53,
	convention: 46,
	'linked-views': 41,
	changes: 33,
	csp: 33,
	indicators: 30,
	compare: 29,
	overview: 26,
	'report-studio': 25,
	search: 25,
	'export-context': 23,
	keyboard: 23,
	languages: 20
};
const DEFAULT_SECONDS = 20;

const expected = (spec: TestSpecification) => EXPECTED_SECONDS[path.basename(spec.moduleId, '.test.ts')] ?? DEFAULT_SECONDS;

export class LongestFirst extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const e2e = sorted.filter((spec) => spec.project.name === 'e2e');
		return [...sorted.filter((spec) => spec.project.name !== 'e2e'), ...e2e.toSorted((a, b) => expected(b) - expected(a))];
	}
}
