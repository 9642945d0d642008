/**
 * The order the browser-test files start in: longest first, so the two workers end together instead of one
 * running a long file alone at the end (vitest's own order on a clean clone is by file size, which puts the three
 * small accessibility files, 3½ minutes of scans, last). The seconds are each file's time in the last clean-clone
 * `npm test` (vitest's JSON report), lowered where a file was made faster since (search, sql-console, open-data);
 * a file not listed counts as DEFAULT_SECONDS. Only the order depends on them.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const EXPECTED_SECONDS: Record<string, number> = {
	'open-data': 230,
	activities: 95,
	target: 94,
	'accessibility-en': 92,
	share: 75,
	'accessibility-es': 68,
	consistency: 62,
	country: 56,
	'sql-console': 55,
	convention: 53,
	'linked-views': 50,
	'accessibility-fr': 47,
	changes: 45,
	csp: 45,
	compare: 44,
	overview: 38,
	'report-studio': 35,
	indicators: 32,
	search: 30
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
