/**
 * Arrow-key movement in the status matrix (the ARIA grid pattern): the focusable things of the grid —
 * header links and cell buttons — carry `data-nav`; a key moves from one to the next by row and column,
 * skipping the goal and focal-area rows and any cell without one. Columns come from the cell's
 * `cellIndex`, so the rows that move focus must not use colspan.
 */
export const NAV = '[data-nav]';

export interface MoveOptions {
	/** Ctrl (or ⌘) held: Home/End go to the first/last row, not the row's ends. */
	ctrl?: boolean;
	/** Right-to-left page: the arrow keys follow what the reader sees. */
	rtl?: boolean;
}

/** Where `key` moves focus from `from` inside `table`; null when it does not move (an edge, another key). */
export function gridMove(table: HTMLTableElement, from: Element, key: string, { ctrl = false, rtl = false }: MoveOptions = {}): HTMLElement | null {
	const cell = from.closest('td, th') as HTMLTableCellElement | null;
	const rows = [...table.rows].filter((row) => row.querySelector(NAV));
	const row = cell?.parentElement as HTMLTableRowElement | null;
	const rowIndex = row ? rows.indexOf(row) : -1;
	if (!cell || !row || rowIndex < 0) return null;
	const column = cell.cellIndex;
	const at = (r: HTMLTableRowElement, c: number) => r.cells[c]?.querySelector<HTMLElement>(NAV) ?? null;
	const inRow = (r: HTMLTableRowElement) => [...r.querySelectorAll<HTMLElement>(NAV)];
	const firstDown = (list: HTMLTableRowElement[]) => list.map((r) => at(r, column)).find((found) => found) ?? null;
	const horizontal = (step: number) => {
		const items = inRow(row);
		return items[items.indexOf(from as HTMLElement) + step] ?? null;
	};

	switch (key) {
		case 'ArrowRight':
			return horizontal(rtl ? -1 : 1);
		case 'ArrowLeft':
			return horizontal(rtl ? 1 : -1);
		case 'ArrowDown':
			return firstDown(rows.slice(rowIndex + 1));
		case 'ArrowUp':
			return firstDown(rows.slice(0, rowIndex).reverse());
		case 'Home':
			return ctrl ? (inRow(rows[0])[0] ?? null) : (inRow(row)[0] ?? null);
		case 'End':
			return ctrl ? (inRow(rows.at(-1)!).at(-1) ?? null) : (inRow(row).at(-1) ?? null);
		default:
			return null;
	}
}

/** The grid's keydown handler: moves focus as gridMove says, following the table's writing direction. */
export function gridKeyDown(event: KeyboardEvent) {
	const item = (event.target as Element).closest(NAV);
	if (!item) return;
	const table = event.currentTarget as HTMLTableElement;
	const rtl = getComputedStyle(table).direction === 'rtl';
	const next = gridMove(table, item, event.key, { ctrl: event.ctrlKey || event.metaKey, rtl });
	if (!next) return;
	event.preventDefault();
	next.focus();
}
