import { describe, expect, it } from 'vitest';
import { Latest } from './latest';

/** A promise the test settles by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

describe('Latest', () => {
	it('hands on only the latest answer, whatever order they come in', async () => {
		const latest = new Latest();
		const seen: string[] = [];
		const [slow, fast] = [deferred<string>(), deferred<string>()];
		const first = latest.run(
			() => slow.promise,
			(value) => seen.push(value),
			() => seen.push('failed')
		);
		const second = latest.run(
			() => fast.promise,
			(value) => seen.push(value),
			() => seen.push('failed')
		);
		fast.resolve('second');
		slow.reject(new Error('first'));
		await Promise.all([first, second]);
		expect(seen).toEqual(['second']);
	});

	it('reports the failure of the latest run, and nothing after a cancel', async () => {
		const latest = new Latest();
		const seen: unknown[] = [];
		await latest.run(
			() => Promise.reject(new Error('down')),
			seen.push.bind(seen),
			(error) => seen.push((error as Error).message)
		);
		const pending = deferred<string>();
		const run = latest.run(() => pending.promise, seen.push.bind(seen), seen.push.bind(seen));
		latest.cancel();
		pending.resolve('late');
		await run;
		expect(seen).toEqual(['down']);
	});
});
