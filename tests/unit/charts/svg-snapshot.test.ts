import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, expectSvgSnapshot, normaliseSvg } from './svg-snapshot';

describe('normaliseSvg', () => {
	it('rounds numbers, renumbers generated names and puts one tag per line', () => {
		const svg = '<svg class="plot-d6a7b5"><clipPath id="plot-clip-7"></clipPath><rect clip-path="url(#plot-clip-7)" x="12.34567" y="-0.005"/></svg>';
		expect(normaliseSvg(svg)).toBe('<svg class="plot-1">\n<clipPath id="id-2">\n</clipPath>\n<rect clip-path="url(#id-2)" x="12.35" y="-0.01"/>\n</svg>\n');
	});
});

describe('expectSvgSnapshot', () => {
	const element = (text: string) => {
		const svg = createDocument().createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.textContent = text;
		return svg;
	};

	it('writes the changed file beside the expected one and fails on a mismatch', () => {
		const dir = mkdtempSync(join(tmpdir(), 'svg-snapshot-'));
		writeFileSync(join(dir, 'chart.svg'), normaliseSvg(element('before').outerHTML));
		expect(() => expectSvgSnapshot(element('after'), dir, 'chart')).toThrow(/chart\.svg changed/);
		expect(readFileSync(join(dir, 'chart-changed.svg'), 'utf8')).toContain('after');
		expectSvgSnapshot(element('before'), dir, 'chart');
		expect(existsSync(join(dir, 'chart-changed.svg'))).toBe(false);
	});

	it('fails on a missing snapshot under CI instead of writing it, and writes it otherwise', () => {
		const dir = mkdtempSync(join(tmpdir(), 'svg-snapshot-'));
		expect(() => expectSvgSnapshot(element('new'), dir, 'chart', true)).toThrow(/chart\.svg is missing \(CI\)/);
		expect(existsSync(join(dir, 'chart.svg'))).toBe(false);
		expect(readFileSync(join(dir, 'chart-changed.svg'), 'utf8')).toContain('new');
		expectSvgSnapshot(element('new'), dir, 'chart', false);
		expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toContain('new');
	});
});
