import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateInTemp } from './generated';

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
	const names = (await readdir(dir)).sort();
	return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

it('writes byte-identical files for the same seed and size', async () => {
	const first = await generateInTemp({ responses: 4000 });
	const second = await generateInTemp({ responses: 4000 });
	try {
		const [a, b] = [await filesOf(first.outDir), await filesOf(second.outDir)];
		expect([...a.keys()]).toEqual([...b.keys()]);
		expect(a.size).toBe(15); // ten contract files, four activity files, sample.json
		for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
	} finally {
		await Promise.all([first.remove(), second.remove()]);
	}
});

it('writes different answers for another seed', async () => {
	const first = await generateInTemp({ responses: 2000, seed: 1 });
	const second = await generateInTemp({ responses: 2000, seed: 2 });
	try {
		const read = (dir: string) => readFile(join(dir, 'responses.csv'), 'utf8');
		expect(await read(first.outDir)).not.toBe(await read(second.outDir));
	} finally {
		await Promise.all([first.remove(), second.remove()]);
	}
});

it('matches the committed sample in data/sample (regenerate it with `npm run data:sample`)', async () => {
	const fresh = await generateInTemp();
	try {
		const [committed, generated] = [await filesOf('data/sample'), await filesOf(fresh.outDir)];
		for (const [name, bytes] of generated) expect(committed.get(name)?.equals(bytes), name).toBe(true);
	} finally {
		await fresh.remove();
	}
});
