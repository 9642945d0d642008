/**
 * LiveView on a fake database: the prerendered view first, each filter change answered by the page's query,
 * a slower earlier answer never overwriting a later one, `stale` while the wanted view is not yet shown, and a
 * retry after a failure. (Svelte runs effects only under the browser condition, which the unit project does not
 * use: the state is read directly.)
 */
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/db/connection';
import { LiveView } from './live-view.svelte';

type Filters = { region: string | null };

/** A promise the test settles by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

const db = { ensure: async () => {} } as unknown as Db;

function view(load: (db: Db, filters: Filters) => Promise<string>, reset?: () => void) {
	return new LiveView<Filters, string>({ initial: 'world', initialFilters: { region: null }, load, tables: ['status'], connect: async () => db, reset });
}

describe('LiveView', () => {
	it('shows the prerendered view, then the answer to each filter change, and says stale in between', async () => {
		const answers = new Map<string | null, ReturnType<typeof deferred<string>>>();
		const live = view((_, { region }) => {
			answers.set(region, deferred<string>());
			return answers.get(region)!.promise;
		});
		expect([live.data, live.status, live.stale]).toEqual(['world', 'ready', false]);

		const shown = live.show({ region: 'Africa' });
		await vi.waitFor(() => expect(answers.has('Africa')).toBe(true));
		expect([live.data, live.status, live.stale]).toEqual(['world', 'updating', true]);
		answers.get('Africa')!.resolve('africa');
		await shown;
		expect([live.data, live.filters, live.status, live.stale]).toEqual(['africa', { region: 'Africa' }, 'ready', false]);
	});

	it('keeps the later answer when an earlier, slower one arrives after it', async () => {
		const answers = new Map<string | null, ReturnType<typeof deferred<string>>>();
		const live = view((_, { region }) => {
			answers.set(region, deferred<string>());
			return answers.get(region)!.promise;
		});
		const first = live.show({ region: 'Asia' });
		const second = live.show({ region: 'Europe' });
		await vi.waitFor(() => expect(answers.size).toBe(2));
		answers.get('Europe')!.resolve('europe');
		await second;
		answers.get('Asia')!.resolve('asia');
		await first;
		expect([live.data, live.filters]).toEqual(['europe', { region: 'Europe' }]);
	});

	it('reports a failure, and a retry starts the engine again and shows the wanted view', async () => {
		let fail = true;
		const reset = vi.fn();
		const live = view(async (_, { region }) => {
			if (fail) throw new Error('engine down');
			return region ?? 'world';
		}, reset);
		await live.show({ region: 'Oceania' });
		expect([live.status, (live.error as Error).message, live.data]).toEqual(['error', 'engine down', 'world']);
		fail = false;
		await live.retry();
		expect(reset).toHaveBeenCalledOnce();
		expect([live.status, live.engine, live.data, live.error]).toEqual(['ready', 'ready', 'Oceania', null]);
	});

	it('warms the engine with the page’s query, unless that engine computed the initial view (opened data)', async () => {
		for (const initialFromEngine of [false, true]) {
			const load = vi.fn(async () => 'world');
			const live = new LiveView<Filters, string>({
				initial: 'world',
				initialFilters: { region: null },
				load,
				tables: ['status'],
				connect: async () => db,
				initialFromEngine
			});
			await live.warm();
			expect([live.engine, load.mock.calls.length], `initialFromEngine: ${initialFromEngine}`).toEqual(['ready', initialFromEngine ? 0 : 1]);
		}
	});
});
