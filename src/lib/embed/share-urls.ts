/**
 * The URLs and snippet of "share and embed": the view's link (filters and language kept, `#chart` to
 * point at one chart), the embed URL (`?embed=<chart-id>&<filters>`) and the `<iframe>` to paste.
 */
export const EMBED_PARAM = 'embed';

/** The chart id `?embed=` asks for, or null (also for a bare `?embed`). */
export function readEmbedId(search: string | URLSearchParams): string | null {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return params.get(EMBED_PARAM) || null;
}

/** The same view as a normal page: no `embed`, and `#chartId` when given (else the current hash is kept). */
export function viewUrl(current: URL | string, chartId?: string): string {
	const url = new URL(current);
	url.searchParams.delete(EMBED_PARAM);
	if (chartId !== undefined) url.hash = chartId;
	return url.href.replace(/\?(?=#|$)/, '');
}

/** The page showing only `chartId`: `embed` first, then the view's filters; no hash. */
export function embedUrl(current: URL | string, chartId: string): string {
	const url = new URL(current);
	const params = new URLSearchParams({ [EMBED_PARAM]: chartId });
	for (const [key, value] of url.searchParams) if (key !== EMBED_PARAM) params.append(key, value);
	url.search = params.toString();
	url.hash = '';
	return url.href;
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface IframeOptions {
	src: string;
	/** The frame's accessible name: what the chart shows. */
	title: string;
	/** Height in CSS pixels; the width fills the host's column. */
	height: number;
}

/** The `<iframe>` markup a host page pastes. */
export function iframeSnippet({ src, title, height }: IframeOptions): string {
	const attributes = [
		`src="${escapeAttribute(src)}"`,
		`title="${escapeAttribute(title)}"`,
		'width="100%"',
		`height="${Math.max(1, Math.round(height))}"`,
		'loading="lazy"',
		'style="border: 0; max-width: 100%;"'
	];
	return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** Room for the chart at its current drawing height plus title, source line and link back (px). */
export function embedHeight(plotHeight: number): number {
	const chrome = 320;
	return Math.ceil((Math.max(plotHeight, 200) + chrome) / 10) * 10;
}
