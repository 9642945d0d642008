/**
 * UrlView on a fake URL and database: no query string is read before hydration (the first render matches the
 * prerendered HTML), every navigation shows the URL's view unless the prerendered one answers it, the engine
 * warms once hydrated, and a choice writes the URL keeping the other keys. (Svelte runs effects only under the
 * browser condition, which the unit project does not use: the state is read directly, as in live-view's test.)
 */
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/db/connection';
import { UrlView, type UrlViewOptions } from './url-view.svelte';

type Filters = { region: string | null };

const db = { ensure: async () => {} } as unknown as Db;

function setup(search: string, options: Partial<UrlViewOptions<Filters, string>> = {}) {
	const url = { params: new URLSearchParams(search) };
	const navigate = vi.fn((next: string) => (url.params = new URLSearchParams(next)));
	const load = vi.fn(async (_: Db, filters: Filters) => filters.region ?? 'world');
	const view = new UrlView<Filters, string>({
		initial: 'world',
		initialFilters: { region: null },
		load,
		tables: ['status'],
		connect: async () => db,
		parse: (params) => ({ region: params?.get('region') || null }),
		params: () => url.params,
		navigate,
		...options
	});
	return { url, navigate, load, view };
}

describe('UrlView', () => {
	it('reads no query string before hydration, then the URL', () => {
		const { view } = setup('?region=Africa');
		expect(view.params).toBeNull();
		expect(view.asked).toEqual({ region: null });
		vi.useFakeTimers();
		view.hydrated();
		vi.useRealTimers();
		expect(view.params?.get('region')).toBe('Africa');
		expect(view.asked).toEqual({ region: 'Africa' });
	});

	it("shows the URL's view after a navigation, even before hydration", async () => {
		const { view, load } = setup('?region=Africa');
		await view.navigated();
		expect(load).toHaveBeenCalledWith(db, { region: 'Africa' });
		expect([view.data, view.filters]).toEqual(['Africa', { region: 'Africa' }]);
	});

	it('leaves a view the prerendered one answers to it, and warms no engine for it', async () => {
		const prerendered = (filters: Filters) => filters.region === null;
		const { view, load } = setup('', { prerendered });
		await view.navigated();
		vi.useFakeTimers();
		view.hydrated();
		vi.runAllTimers();
		vi.useRealTimers();
		expect(load).not.toHaveBeenCalled();
		expect(view.engine).toBe('starting');
	});

	it('goes back to the prerendered filters once it has shown others', async () => {
		const prerendered = (filters: Filters) => filters.region === null;
		const { url, view, load } = setup('?region=Africa', { prerendered });
		await view.navigated();
		url.params = new URLSearchParams('');
		await view.navigated();
		expect(load).toHaveBeenLastCalledWith(db, { region: null });
		expect(view.filters).toEqual({ region: null });
	});

	it('starts the engine when the browser is idle once hydrated', async () => {
		const { view, load } = setup('');
		vi.useFakeTimers();
		view.hydrated();
		expect(load).not.toHaveBeenCalled();
		vi.runAllTimers();
		vi.useRealTimers();
		await vi.waitFor(() => expect(view.engine).toBe('ready'));
		expect(load).toHaveBeenCalledWith(db, { region: null });
	});

	it('writes a choice to the URL, keeping the other keys and removing emptied ones', () => {
		const { navigate, view } = setup('?region=Africa&embed=status&cycle=c1');
		view.choose({ region: 'Asia', cycle: null });
		expect(navigate).toHaveBeenLastCalledWith('?region=Asia&embed=status');
		view.choose({ region: null, embed: '' });
		expect(navigate).toHaveBeenLastCalledWith('?');
	});

	it("goes to the query string a page's own builder makes of the current one", () => {
		const { navigate, view } = setup('?region=Africa');
		view.go((current) => `?${current}&class=early`);
		expect(navigate).toHaveBeenLastCalledWith('?region=Africa&class=early');
	});

	it('leaves commas readable when asked to', () => {
		const { navigate, view } = setup('', { readableCommas: true });
		view.choose({ countries: 'BRA,KEN' });
		expect(navigate).toHaveBeenLastCalledWith('?countries=BRA,KEN');
		const plain = setup('');
		plain.view.choose({ countries: 'BRA,KEN' });
		expect(plain.navigate).toHaveBeenLastCalledWith('?countries=BRA%2CKEN');
	});
});
