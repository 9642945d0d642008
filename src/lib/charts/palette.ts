/**
 * Colours and symbols of the status classes (rule 4). The colours run light to dark with progress
 * (ColorBrewer YlOrRd/YlGnBu steps: no red–green pair, distinct in grey scale and for the common
 * colour-vision deficiencies); every class also has a symbol, so colour is never the only encoding.
 */
import { STATUS_CLASSES, type StatusClass } from '../schema';

interface StatusStyle {
	/** Fill colour. */
	color: string;
	/** Text colour that reads on `color` (WCAG AA). */
	ink: string;
	symbol: string;
}

export const STATUS_STYLE: Record<StatusClass, StatusStyle> = {
	not_started: { color: '#fed976', ink: '#1a1a1a', symbol: '○' },
	early: { color: '#41b6c4', ink: '#1a1a1a', symbol: '◔' },
	in_progress: { color: '#1f78b4', ink: '#ffffff', symbol: '◑' },
	advanced: { color: '#253494', ink: '#ffffff', symbol: '●' },
	no_data: { color: '#e0e0e0', ink: '#1a1a1a', symbol: '–' }
};

export const statusSymbol = (status: StatusClass) => STATUS_STYLE[status].symbol;

/** `var(--status-…, #hex)`: follows the page's CSS variables and still draws outside the page. */
export const statusColor = (status: StatusClass) =>
	`var(--status-${cssName(status)}, ${STATUS_STYLE[status].color})`;

export const statusInk = (status: StatusClass) =>
	`var(--status-${cssName(status)}-ink, ${STATUS_STYLE[status].ink})`;

/** The CSS custom properties of the palette, for a `style` attribute or a `:root` rule. */
export function paletteCssVariables(): string {
	return STATUS_CLASSES.map((status) => {
		const { color, ink } = STATUS_STYLE[status];
		const name = cssName(status);
		return `--status-${name}: ${color}; --status-${name}-ink: ${ink};`;
	}).join(' ');
}

/** `in_progress` → `in-progress` (CSS custom property style). */
function cssName(status: StatusClass): string {
	return status.replace('_', '-');
}

/** Bars and marks that are not about a status class. */
export const ACCENT = 'var(--chart-accent, #2c5d8a)';
