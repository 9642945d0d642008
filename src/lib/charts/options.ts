/** What every chart function takes besides its rows, and the layout the bar charts share. */
export interface ChartOptions {
	/** Width in CSS pixels; the chart never draws wider. */
	width: number;
	/** The document to create elements in: the page's by default, linkedom's at build time and in tests. */
	document?: Document;
	/**
	 * The page's plain-language summary of the numbers drawn (see the lens's *-summary.ts); it goes before
	 * the chart's own how-to-read description in the SVG's aria-description.
	 */
	description?: string;
}

/** Plot's `document` option: only passed when given, so the browser uses its own. */
export function documentOption(options: ChartOptions): { document?: Document } {
	return options.document ? { document: options.document } : {};
}

/** Plot's `ariaDescription`: what the numbers say (when the page gives it), then how the chart shows them. */
export function chartDescription(options: ChartOptions, howToRead: string): string {
	return options.description ? `${options.description} ${howToRead}` : howToRead;
}

/**
 * Horizontal bars with their label on a line above each bar, across the full width: long cycle names
 * stay readable on a phone instead of squeezing the bars behind a wide left margin.
 */
export const BAR_ROWS = {
	/** Space for the label above each bar. */
	labelHeight: 15,
	padding: 0.25,
	marginTop: 8,
	marginBottom: 36,
	marginSide: 8
} as const;

/** Height of a chart with `rows` bars of `rowHeight`, and the band the bars and labels sit in. */
export function barRowsLayout(rows: number, rowHeight: number) {
	const { padding, marginTop, marginBottom } = BAR_ROWS;
	const bandwidth = rowHeight * (1 - padding);
	return { height: rows * rowHeight + marginTop + marginBottom, bandwidth };
}

/**
 * Label lines are cut to the chart's width with an ellipsis. Plot measures text with Helvetica-like
 * widths; the slack covers wider system fonts (DejaVu Sans is ~15% wider).
 */
export function labelLineWidth(width: number): number {
	return Math.max(2, (width - 2 * BAR_ROWS.marginSide) / 10 / 1.2);
}
