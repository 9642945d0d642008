import { describe, expect, it } from 'vitest';
import { changeOrder } from '../../../scripts/bench/lens-probes';

describe('the bench filter changes', () => {
	it('with a "none" choice: each value, then none again', () => {
		expect(changeOrder({ values: ['Africa', 'Asia'], current: '', none: true }, 5, false)).toEqual(['Africa', '', 'Asia', '', 'Africa']);
	});

	it('without one: the other values in turn, never the current one first', () => {
		expect(changeOrder({ values: ['2000', '2005', '2010'], current: '2010', none: false }, 4, false)).toEqual(['2000', '2005', '2000', '2005']);
		expect(changeOrder({ values: ['2000', '2005', '2010'], current: '2000', none: false }, 3, false)).toEqual(['2005', '2010', '2005']);
	});

	it('a form adds a value, then removes it', () => {
		expect(changeOrder({ values: ['Africa'], current: '', none: false }, 3, true)).toEqual(['Africa', '', 'Africa']);
	});

	it('nothing to change to: no change', () => {
		expect(changeOrder({ values: ['2010'], current: '2010', none: false }, 3, false)).toEqual([]);
	});
});
