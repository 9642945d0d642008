import { describe, expect, it } from 'vitest';
import type { FrameworkElement } from '$lib/queries/types';
import { frameworkTree, shortTitle } from './matrix';

const element = (element_id: string, level: FrameworkElement['level'], parent_id: string | null, sort: number): FrameworkElement => ({
	element_id,
	level,
	parent_id,
	code: element_id.slice(1),
	title: element_id,
	sort
});

describe('frameworkTree', () => {
	it('groups targets under goals under focal areas, in framework order', () => {
		const framework = [
			element('t1.2', 'target', 'g1', 4),
			element('fa1', 'focal_area', null, 1),
			element('g1', 'goal', 'fa1', 2),
			element('t1.1', 'target', 'g1', 3),
			element('fa2', 'focal_area', null, 5),
			element('g2', 'goal', 'fa2', 6),
			element('t2.1', 'target', 'g2', 7)
		];
		const tree = frameworkTree(framework);
		expect(tree.map((group) => group.focalArea.element_id)).toEqual(['fa1', 'fa2']);
		expect(tree[0].goals[0].targets.map((target) => target.element_id)).toEqual(['t1.1', 't1.2']);
		expect(tree[1].goals[0].goal.element_id).toBe('g2');
	});
});

describe('shortTitle', () => {
	it('keeps short titles whole', () => {
		expect(shortTitle('Status of threatened species improved')).toBe('Status of threatened species improved');
	});

	it('cuts long titles at a word boundary', () => {
		const title = 'Biodiversity-based products derived from sources that are sustainably managed, and production areas managed';
		const short = shortTitle(title, 60);
		expect(short).toBe('Biodiversity-based products derived from sources that are…');
		expect(short.length).toBeLessThanOrEqual(61);
	});
});
