/**
 * SVG snapshots as Plot's own tests keep them: render with linkedom, normalise what varies between runs
 * (long decimals, generated class names and ids), compare with the expected file beside the test, and on
 * a mismatch write `<name>-changed.svg` beside it to review.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

process.env.TZ = 'UTC';

export function createDocument(): Document {
	return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

export function normaliseSvg(markup: string): string {
	const renumbered = new Map<string, string>();
	const rename = (name: string, prefix: string) => {
		if (!renumbered.has(name)) renumbered.set(name, `${prefix}-${renumbered.size + 1}`);
		return renumbered.get(name)!;
	};
	return markup
		.replace(/\bplot-[0-9a-f]{6}\b/g, (name) => rename(name, 'plot'))
		.replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id, 'id')}"`)
		.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id, 'id')})`)
		.replace(/-?\d+\.\d+/g, (number) => String(Number(Number(number).toFixed(2))))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}

/**
 * Passes when the normalised markup equals `<dir>/<name>.svg`. A missing file is written on a developer's first
 * run, but fails under CI (`CI` set): there a missing snapshot means it was never committed, and writing one
 * would pass whatever the chart draws.
 */
export function expectSvgSnapshot(element: Element, dir: string, name: string, ci = Boolean(process.env.CI)): void {
	const actual = normaliseSvg(element.outerHTML);
	const expectedFile = join(dir, `${name}.svg`);
	const changedFile = join(dir, `${name}-changed.svg`);
	if (!existsSync(expectedFile)) {
		if (ci) {
			writeFileSync(changedFile, actual);
			throw new Error(`${name}.svg is missing (CI): review ${changedFile}, rename it to ${name}.svg and commit it`);
		}
		writeFileSync(expectedFile, actual);
		return;
	}
	if (readFileSync(expectedFile, 'utf8') === actual) {
		rmSync(changedFile, { force: true });
		return;
	}
	writeFileSync(changedFile, actual);
	throw new Error(`${name}.svg changed: review ${changedFile} and replace the expected file if the change is wanted`);
}
