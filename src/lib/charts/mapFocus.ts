/**
 * The keyboard on a map drawn by worldMapChart: the countries are one tab stop, the arrow keys move
 * between them (Home/End: first/last), and the focused country gets an outline drawn above its
 * neighbours and its details (the words a pointer gets from hovering it) in a tooltip beside it.
 * The tooltip is for the eyes only: the country's accessible name already says the same.
 */
import type { Attachment } from 'svelte/attachments';

const COUNTRY = '[data-country]';
const SVG = 'http://www.w3.org/2000/svg';
const GAP = 8;

export const mapKeyboard: Attachment<HTMLElement> = (node) => {
	const tip = document.createElement('div');
	tip.className = 'map-tip';
	tip.setAttribute('aria-hidden', 'true');
	tip.setAttribute('data-testid', 'map-tip');
	tip.hidden = true;
	document.body.append(tip);
	let outline: SVGGElement | null = null;
	let focused: Element | null = null;

	const countries = () => [...node.querySelectorAll(COUNTRY)];

	function show(country: Element) {
		focused = country;
		for (const other of countries()) other.setAttribute('tabindex', other === country ? '0' : '-1');
		drawOutline(country);
		tip.textContent = country.getAttribute('aria-label');
		tip.hidden = false;
		place();
	}

	function hide() {
		focused = null;
		tip.hidden = true;
		outline?.remove();
		outline = null;
	}

	function drawOutline(country: Element) {
		outline?.remove();
		const path = country.matches('path') ? country : country.querySelector('path');
		const svg = country.closest('svg');
		if (!path || !svg) return;
		// A ring in the text colour on a halo of the page's: it shows on every fill, in both themes.
		outline = document.createElementNS(SVG, 'g');
		outline.setAttribute('class', 'map-focus-outline');
		outline.setAttribute('aria-hidden', 'true');
		for (const layer of ['halo', 'ring']) {
			const ring = document.createElementNS(SVG, 'path');
			ring.setAttribute('d', path.getAttribute('d') ?? '');
			ring.setAttribute('class', layer);
			outline.append(ring);
		}
		svg.append(outline);
	}

	function place() {
		if (!focused) return;
		const box = focused.getBoundingClientRect();
		const width = Math.min(288, window.innerWidth - 16);
		const left = Math.min(Math.max(box.left + box.width / 2 - width / 2, 8), window.innerWidth - width - 8);
		const below = box.bottom + 80 < window.innerHeight;
		tip.style.left = `${left}px`;
		tip.style.maxWidth = `${width}px`;
		tip.style.top = below ? `${Math.max(box.bottom, 0) + GAP}px` : 'auto';
		tip.style.bottom = below ? 'auto' : `${window.innerHeight - Math.max(box.top, 0) + GAP}px`;
	}

	function onFocusIn(event: FocusEvent) {
		const country = (event.target as Element).closest(COUNTRY);
		if (country) show(country);
	}

	function onFocusOut(event: FocusEvent) {
		const next = event.relatedTarget as Element | null;
		if (!next?.closest?.(COUNTRY) || !node.contains(next)) hide();
	}

	function onKeyDown(event: KeyboardEvent) {
		const country = (event.target as Element).closest(COUNTRY);
		if (!country) return;
		if (event.key === 'Escape') return hide();
		const all = countries();
		const index = all.indexOf(country);
		const rtl = getComputedStyle(node).direction === 'rtl';
		const step: Record<string, number> = {
			ArrowDown: 1,
			ArrowUp: -1,
			ArrowRight: rtl ? -1 : 1,
			ArrowLeft: rtl ? 1 : -1
		};
		let next: number | undefined;
		if (event.key in step) next = Math.min(Math.max(index + step[event.key], 0), all.length - 1);
		else if (event.key === 'Home') next = 0;
		else if (event.key === 'End') next = all.length - 1;
		if (next === undefined) return;
		event.preventDefault();
		(all[next] as HTMLElement | SVGElement).focus();
	}

	node.addEventListener('focusin', onFocusIn);
	node.addEventListener('focusout', onFocusOut);
	node.addEventListener('keydown', onKeyDown);
	window.addEventListener('scroll', place, { passive: true });
	window.addEventListener('resize', place);
	return () => {
		node.removeEventListener('focusin', onFocusIn);
		node.removeEventListener('focusout', onFocusOut);
		node.removeEventListener('keydown', onKeyDown);
		window.removeEventListener('scroll', place);
		window.removeEventListener('resize', place);
		hide();
		tip.remove();
	};
};
