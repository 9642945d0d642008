import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferredDraw } from '../../../src/lib/charts/deferred-draw';

/** The browser's parts deferredDraw uses, driven by hand: the viewport observer, print media and window events. */
class FakeObserver {
	static last: FakeObserver;
	observed: Element[] = [];
	constructor(readonly report: (entries: { isIntersecting: boolean }[]) => void) {
		FakeObserver.last = this;
	}
	observe(node: Element) {
		this.observed.push(node);
	}
	unobserve(node: Element) {
		this.observed = this.observed.filter((n) => n !== node);
	}
	disconnect() {
		this.observed = [];
	}
}

const print = { matches: false, listeners: new Set<() => void>() };
const windowListeners = new Map<string, Set<() => void>>();
const node = {} as Element;
const fire = (type: string) => windowListeners.get(type)?.forEach((listener) => listener());
const printMedia = (matches: boolean) => {
	print.matches = matches;
	print.listeners.forEach((listener) => listener());
};

beforeEach(() => {
	print.matches = false;
	print.listeners.clear();
	windowListeners.clear();
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	vi.stubGlobal('window', {
		matchMedia: () => ({
			get matches() {
				return print.matches;
			},
			addEventListener: (_: string, listener: () => void) => print.listeners.add(listener),
			removeEventListener: (_: string, listener: () => void) => print.listeners.delete(listener)
		}),
		addEventListener: (type: string, listener: () => void) => windowListeners.set(type, (windowListeners.get(type) ?? new Set()).add(listener)),
		removeEventListener: (type: string, listener: () => void) => windowListeners.get(type)?.delete(listener)
	});
});
afterEach(() => vi.unstubAllGlobals());

/** A chart watched by deferredDraw, reported off screen; `drawn` lists the redraws that ran. */
function offscreenChart() {
	const deferred = deferredDraw();
	deferred.watch(node);
	FakeObserver.last.report([{ isIntersecting: false }]);
	const drawn: string[] = [];
	const redraw = (name: string) => deferred.schedule(() => drawn.push(name));
	return { deferred, drawn, redraw };
}

describe('deferredDraw', () => {
	it('draws at once while the chart is not known to be off screen, and when it is near', () => {
		const deferred = deferredDraw();
		deferred.watch(node);
		const drawn: string[] = [];
		deferred.schedule(() => drawn.push('first'));
		FakeObserver.last.report([{ isIntersecting: true }]);
		deferred.schedule(() => drawn.push('near'));
		expect(drawn).toEqual(['first', 'near']);
		expect(FakeObserver.last.observed).toEqual([node]);
	});

	it('holds the redraws of a chart off screen and draws only the latest when the chart comes near', () => {
		const { drawn, redraw } = offscreenChart();
		redraw('Africa');
		redraw('Europe');
		expect(drawn).toEqual([]);
		FakeObserver.last.report([{ isIntersecting: true }]);
		expect(drawn).toEqual(['Europe']);
		FakeObserver.last.report([{ isIntersecting: false }]);
		FakeObserver.last.report([{ isIntersecting: true }]);
		expect(drawn).toEqual(['Europe']);
	});

	it('draws a held redraw for print (print media or beforeprint), and while printing draws at once', () => {
		const first = offscreenChart();
		first.redraw('Africa');
		printMedia(true);
		expect(first.drawn).toEqual(['Africa']);
		first.redraw('Europe');
		expect(first.drawn).toEqual(['Africa', 'Europe']);
		printMedia(false);

		const second = offscreenChart();
		second.redraw('Asia');
		fire('beforeprint');
		expect(second.drawn).toEqual(['Asia']);
	});

	it('draws a held redraw when asked (a download of the drawing)', () => {
		const { deferred, drawn, redraw } = offscreenChart();
		redraw('Africa');
		deferred.flush();
		deferred.flush();
		expect(drawn).toEqual(['Africa']);
	});

	it('once stopped, drops the held redraw and listens no more', () => {
		const { deferred, drawn, redraw } = offscreenChart();
		redraw('Africa');
		deferred.stop();
		fire('beforeprint');
		printMedia(true);
		expect(drawn).toEqual([]);
		expect(FakeObserver.last.observed).toEqual([]);
		expect(print.listeners.size).toBe(0);
	});
});
