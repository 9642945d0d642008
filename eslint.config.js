// The linter: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte, and no more, with
// prettier's config last so that layout is prettier's alone (`npm run lint` runs both: see package.json).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: ['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-*/', '.cache/', 'static/data/', 'static/data.*/', 'test-results/']
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// Links go through localHref (src/lib/i18n/paths.ts), which adds the base path and the language: the rule cannot see that.
			'svelte/no-navigation-without-resolve': 'off',
			// It flags any Map or URLSearchParams in a component, also one built and read inside a single derived or function.
			'svelte/prefer-svelte-reactivity': 'off',
			// The input checks and the URL notices look for control characters on purpose.
			'no-control-regex': 'off',
			// `_` marks what a destructuring or a signature leaves out on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }]
		}
	}
);
