import { describe, expect, it } from 'vitest';
import { engineChunks, preloadLinks, withEnginePreload } from './engine-preload';

/** The shape of a client build's .vite/manifest.json around the engine (as `vite build` writes it). */
const manifest = {
	'src/lib/db/browser-engine.ts': { file: '_app/immutable/chunks/engine.js', imports: ['_arrow.js'] },
	'_arrow.js': { file: '_app/immutable/chunks/arrow.js', imports: ['_shared.js', '_parquet.js'] },
	'_parquet.js': { file: '_app/immutable/chunks/parquet.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'_page.js': { file: '_app/immutable/chunks/page.js', imports: ['_shared.js'] }
};

describe('engine preload', () => {
	it('lists the engine chunk and everything it imports, each once, and nothing else', () => {
		expect(engineChunks(manifest)).toEqual([
			'_app/immutable/chunks/engine.js',
			'_app/immutable/chunks/arrow.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/parquet.js'
		]);
	});

	it('lists nothing when the build has no engine module', () => {
		expect(engineChunks({ '_page.js': manifest['_page.js'] })).toEqual([]);
	});

	it('writes root-relative modulepreload links', () => {
		expect(preloadLinks(['_app/a.js'], '/base')).toBe('<link rel="modulepreload" href="/base/_app/a.js">');
	});

	it('adds the links only to pages with a live view', () => {
		const live = '<html><head><title>t</title></head><body><div data-engine="pending"></div></body></html>';
		const still = '<html><head><title>t</title></head><body><p>Methodology</p></body></html>';
		const links = '<link rel="modulepreload" href="/e.js">';
		expect(withEnginePreload(live, links)).toBe(live.replace('</head>', `${links}</head>`));
		expect(withEnginePreload(still, links)).toBe(still);
	});
});
