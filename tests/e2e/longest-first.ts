/**
 * The order the browser-test files start in: longest first, so the two workers end together instead of one
 * running a long file alone at the end (vitest's own order on a clean clone is by file size, which puts the three
 * small accessibility files, 3½ minutes of scans, last). The seconds are each file's time in the last clean-clone
 * `npm test` (vitest's JSON report, `.cache/test-results/e2e.json`; 2026-12-07, beside other agents' builds at a load
 * average of 15–22, so about twice a quiet run's: the files from report-studio down are the run before, which that
 * run had not reached yet); a file not listed counts as DEFAULT_SECONDS. Only the order depends on them.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const EXPECTED_SECONDS: Record<string, number> = {
	'open-data': 607,
	'accessibility-en': 337,
	'accessibility-es': 154,
	'accessibility-fr': 150,
	activities: 146,
	target: 121,
	compare: 116,
	share: 115,
	'linked-views': 112,
	'report-studio': 108,
	consistency: 106,
	'sql-console': 103,
	convention: 93,
	languages: 91,
	changes: 85,
	overview: 84,
	pending: 83,
	country: 82,
	search: 79,
	csp: 77,
	print: 76,
	indicators: 74,
	'unknown-filters': 72,
	'export-context': 68,
	phone: 65,
	parties: 65,
	export: 61,
	theme: 60,
	'not-found': 47,
	keyboard: 46,
	'report-links': 43
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
