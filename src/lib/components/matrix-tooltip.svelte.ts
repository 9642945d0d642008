/**
 * Which matrix cell's details are open, and where: hover and focus open them, a click pins them, leaving
 * closes them unless pinned, and scrolling or resizing moves them with their cell. The component only wires
 * the events (see StatusMatrix.svelte).
 */
import type { Convention, FrameworkElement, MatrixCell } from '$lib/queries/types';
import type { TooltipTarget } from './MatrixTooltip.svelte';
import { cellKey } from './matrix';

export class MatrixTooltipState {
	active = $state<TooltipTarget | null>(null);
	#button: HTMLElement | null = null;

	/** Opens the cell's details beside `button`; `pin` toggles whether they stay when the pointer leaves. */
	show(button: HTMLElement, cell: MatrixCell, convention: Convention, target: FrameworkElement, pin = false) {
		this.#button = button;
		const key = cellKey(cell.convention_id, cell.element_id);
		const open = this.active?.key === key && this.active.pinned;
		this.active = { key, cell, convention, target, anchor: button.getBoundingClientRect(), pinned: pin ? !open : open };
	}

	/** Closes the details, unless pinned (`force` closes them anyway). */
	hide(force = false) {
		if (force || !this.active?.pinned) this.active = null;
	}

	/** Focus moving from a cell into its pinned details (their link) keeps them open. */
	leave(event: FocusEvent) {
		const cell = event.currentTarget as HTMLElement;
		if (!cell.contains(event.relatedTarget as Node | null)) this.hide(true);
	}

	/** Scrolling (also the browser bringing a focused cell into view) moves the cell: follow it. */
	follow() {
		if (this.active && this.#button) this.active = { ...this.active, anchor: this.#button.getBoundingClientRect() };
	}

	isOpen(key: string): boolean {
		return this.active?.key === key;
	}
}
