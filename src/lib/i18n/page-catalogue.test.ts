/**
 * Pages of several languages prerender side by side (svelte.config.js's prerender.concurrency): each reads the
 * catalogue kept with its own request (hooks.server.ts), not the language another page chose meanwhile.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue';
import { formatPercent, getLocale, readPageCatalogue, t, useLocale } from './index';

const pages = new AsyncLocalStorage<Catalogue>();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a page renders before and after waiting for its data, in the catalogue it was started with. */
function render(catalogue: Catalogue, wait: number) {
	return pages.run(catalogue, async () => {
		const before = [getLocale(), t('status.in_progress')];
		await pause(wait);
		return [...before, getLocale(), t('status.in_progress'), formatPercent(0.5)];
	});
}

afterEach(async () => {
	readPageCatalogue(() => undefined);
	await useLocale('en');
});

describe('the page catalogue', () => {
	it('keeps each page in its language while pages of other languages start and finish around it', async () => {
		const [fr, es, en] = [await useLocale('fr'), await useLocale('es'), await useLocale('en')];
		readPageCatalogue(() => pages.getStore());
		// French waits longest: Spanish and English start, choose their language and finish meanwhile.
		const started = [render(fr, 30), render(es, 10), render(en, 0)];
		await useLocale('es');
		const [french, spanish, english] = await Promise.all(started);
		const expected = (c: Catalogue, percent: string) => [c.locale, c.messages['status.in_progress'], c.locale, c.messages['status.in_progress'], percent];
		expect(french).toEqual(expected(fr, '50\u00a0%'));
		expect(spanish).toEqual(expected(es, '50\u00a0%'));
		expect(english).toEqual(expected(en, '50%'));
		expect(new Set([french[1], spanish[1], english[1]]).size).toBe(3);
	});

	it('outside a page (the browser), the language chosen last', async () => {
		readPageCatalogue(() => pages.getStore());
		await useLocale('fr');
		expect(getLocale()).toBe('fr');
	});
});
