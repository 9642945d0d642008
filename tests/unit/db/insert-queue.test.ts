import { describe, expect, it } from 'vitest';
import { InsertQueue } from '../../../src/lib/db/insert-queue';

/** A promise and the functions that settle it, for driving the queue step by step. */
function deferred<T = void>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A queue whose inserts record their order (and take a turn of the event loop each, as a worker round trip does). */
function recordingQueue(opening: Promise<unknown>) {
	const queue = new InsertQueue(opening);
	const order: string[] = [];
	const add = (name: string, data: Promise<string> = Promise.resolve(name)) =>
		queue.add(name, data, async (value) => {
			await settle();
			order.push(value);
		});
	return { queue, order, add };
}

describe('InsertQueue', () => {
	it('inserts nothing before the engine is open, then in the order asked', async () => {
		const opening = deferred();
		const { order, add } = recordingQueue(opening.promise);
		const all = Promise.all(['status', 'reports', 'questions'].map((name) => add(name)));
		await settle();
		expect(order).toEqual([]);
		opening.resolve();
		await all;
		expect(order).toEqual(['status', 'reports', 'questions']);
	});

	it('inserts the tables asked again first (a cell clicked while the page warms up)', async () => {
		const opening = deferred();
		const { queue, order, add } = recordingQueue(opening.promise);
		const warm = ['agencies', 'status', 'reports'].map((name) => add(name));
		const evidence = ['questions', 'crosswalk'].map((name) => add(name));
		queue.ask(['crosswalk', 'questions', 'reports']);
		opening.resolve();
		await Promise.all([...warm, ...evidence]);
		expect(order).toEqual(['reports', 'questions', 'crosswalk', 'agencies', 'status']);
	});

	it('moves a table asked for while another is being inserted before the rest', async () => {
		const { queue, order, add } = recordingQueue(Promise.resolve());
		const first = ['a', 'b', 'c', 'd'].map((name) => add(name));
		await settle();
		queue.ask(['d']);
		await Promise.all(first);
		expect(order).toEqual(['a', 'd', 'b', 'c']);
	});

	it('does not wait for a table whose data is not here yet, and inserts it when it comes', async () => {
		const { order, add } = recordingQueue(Promise.resolve());
		const slow = deferred<string>();
		const inserted = [add('slow', slow.promise), add('quick')];
		await inserted[1];
		expect(order).toEqual(['quick']);
		slow.resolve('slow');
		await inserted[0];
		expect(order).toEqual(['quick', 'slow']);
	});

	it('fails the insert whose data failed, and goes on with the others', async () => {
		const { order, add } = recordingQueue(Promise.resolve());
		const broken = add('broken', Promise.reject(new Error('HTTP 404')));
		const fine = add('fine');
		await expect(broken).rejects.toThrow('HTTP 404');
		await fine;
		expect(order).toEqual(['fine']);
	});

	it('fails every insert, waiting or later, when the engine does not start', async () => {
		const opening = deferred();
		const { add } = recordingQueue(opening.promise);
		const waiting = add('status');
		opening.reject(new Error('no wasm'));
		await expect(waiting).rejects.toThrow('no wasm');
		await expect(add('reports')).rejects.toThrow('no wasm');
	});
});
