import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/e2e/longest-first.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The open worker (`new Worker(new URL(…), { type: 'module' })`) splits into chunks: an ES module worker.
	worker: { format: 'es' },
	define: {
		// MAX_FILE_MB (hosts with a per-file size limit) makes the app fetch the gzipped wasm: see README.
		'import.meta.env.VITE_GZIPPED_WASM_ONLY': JSON.stringify(process.env.MAX_FILE_MB ? '1' : '')
	},
	test: {
		// The browser-test files start longest first (tests/e2e/longest-first.ts); the unit files keep vitest's order.
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					testTimeout: 60_000,
					// duckdb-wasm's start in a beforeAll takes seconds, more while npm test builds the site beside it.
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// Test files run side by side, each with its own Chromium (tests/e2e/browser.ts), against the one
					// server of the global setup; E2E_WORKERS=1 runs them one after another.
					fileParallelism: true,
					maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
					// Its own group: the unit project keeps its default number of workers when both run at once.
					sequence: { groupOrder: 1 }
				}
			}
		]
	}
});
