/**
 * Colours and symbols of the status classes (rule 4). The colours run light to dark with progress
 * (ColorBrewer YlOrRd/YlGnBu steps: no red–green pair, distinct in grey scale and for the common
 * colour-vision deficiencies); every class also has a symbol, so colour is never the only encoding.
 * The dark theme keeps the hues and the order, lifted so every class stands out from a dark page.
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
	no_data: { color: '#e0e0e0', ink: '#1a1a1a', symbol: '–' },
	/** Not asked: paler than no data, and its own symbol (the format has no question on it). */
	not_covered: { color: '#f7f7f7', ink: '#4a4f55', symbol: '∅' }
};

/** The same classes on the dark theme's background (≥ 3:1 against it, text on them ≥ 4.5:1). */
export const STATUS_STYLE_DARK: Record<StatusClass, Omit<StatusStyle, 'symbol'>> = {
	not_started: { color: '#fed976', ink: '#111111' },
	early: { color: '#7fcdbb', ink: '#111111' },
	in_progress: { color: '#56a8e6', ink: '#111111' },
	advanced: { color: '#7a7ce6', ink: '#111111' },
	no_data: { color: '#5f666e', ink: '#f5f5f5' },
	not_covered: { color: '#a3a9b0', ink: '#111111' }
};

export const statusSymbol = (status: StatusClass) => STATUS_STYLE[status].symbol;

/** `var(--status-…, #hex)`: follows the page's CSS variables and still draws outside the page. */
export const statusColor = (status: StatusClass) => `var(--status-${cssName(status)}, ${STATUS_STYLE[status].color})`;

export const statusInk = (status: StatusClass) => `var(--status-${cssName(status)}-ink, ${STATUS_STYLE[status].ink})`;

/**
 * The CSS custom properties of the palette, for a `style` attribute or a `:root` rule. Each is a
 * `light-dark()` pair, so it follows the page's colour scheme (app.css: `color-scheme: light dark`).
 */
export function paletteCssVariables(): string {
	return STATUS_CLASSES.map((status) => {
		const light = STATUS_STYLE[status];
		const dark = STATUS_STYLE_DARK[status];
		const name = cssName(status);
		return `--status-${name}: light-dark(${light.color}, ${dark.color}); --status-${name}-ink: light-dark(${light.ink}, ${dark.ink});`;
	}).join(' ');
}

/** `in_progress` → `in-progress` (CSS custom property style). */
function cssName(status: StatusClass): string {
	return status.replaceAll('_', '-');
}

/** Bars and marks that are not about a status class. */
export const ACCENT = 'var(--chart-accent, #2c5d8a)';
/** Text on an ACCENT bar. */
export const ACCENT_INK = 'var(--chart-accent-ink, #ffffff)';

/** The page's own colours (app.css), for marks that are not data: they follow the theme too. */
export const THEME = {
	background: 'var(--bg, #ffffff)',
	text: 'var(--text, #1a1a1a)',
	muted: 'var(--muted, #555b61)',
	border: 'var(--border, #d9dcdf)',
	borderStrong: 'var(--border-strong, #8a9096)'
} as const;
