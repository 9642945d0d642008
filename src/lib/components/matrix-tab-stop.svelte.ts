/**
 * The status matrix's one tab stop (roving tabindex): the last thing focused in the grid — a cell, or a
 * column or row header link — else its first cell.
 */
import { NAV } from './matrix-grid';

export class RovingTabStop {
	#chosen = $state<string | null>(null);
	#cells: () => string[];
	/** The `data-nav` id that takes Tab now. */
	readonly current = $derived.by(() => {
		const chosen = this.#chosen;
		const cells = this.#cells();
		return chosen && (cells.includes(chosen) || chosen.startsWith('col:') || chosen.startsWith('row:')) ? chosen : cells[0];
	});

	/** `cells`: the grid's cell ids in reading order. */
	constructor(cells: () => string[]) {
		this.#cells = cells;
	}

	tabindex = (id: string): number => (id === this.current ? 0 : -1);

	/** The grid's focusin handler: what gets focus becomes the tab stop. */
	focusIn = (event: FocusEvent) => {
		const item = (event.target as Element).closest(NAV) as HTMLElement | null;
		if (item?.dataset.nav) this.#chosen = item.dataset.nav;
	};
}
