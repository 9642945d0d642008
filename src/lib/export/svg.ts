/**
 * A chart as a standalone SVG file: the drawing with its title and subtitle above (what it shows: the chart,
 * the page's subject and its filters) and the source line and data version below, so the file still says
 * what it shows and where the numbers come from.
 */
export interface ExportLabels {
	title: string;
	/** The filters shown, in words; may be empty. */
	subtitle?: string;
	source: string;
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Lines of at most `width` pixels at `fontSize` (estimated: an average glyph is ~0.55 em), cut between words. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(12, Math.floor(width / (fontSize * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
const SOURCE_SIZE = 11;

export function standaloneSvg(chart: SVGSVGElement, { title, subtitle = '', source }: ExportLabels): { markup: string; width: number; height: number } {
	const width = Number(chart.getAttribute('width')) || chart.clientWidth || 640;
	const height = Number(chart.getAttribute('height')) || chart.clientHeight || 400;
	let y = 4;
	const lines = (text: string, size: number, attributes: string) =>
		wrapText(text, width - 16, size).map((line) => {
			y += Math.round(size * 1.35);
			return `<text x="8" y="${y}" font-size="${size}" ${attributes}>${escape(line)}</text>`;
		});
	const head = [...lines(title, TITLE_SIZE, 'font-weight="bold" fill="#111"'), ...lines(subtitle, SUBTITLE_SIZE, 'fill="#333"')];
	const top = y + 12;
	const inner = new XMLSerializer().serializeToString(chart).replace(/^<svg /, `<svg x="0" y="${top}" `);
	y = top + height;
	const foot = lines(source, SOURCE_SIZE, 'fill="#444"');
	const total = y + 12;
	const markup = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}"`,
		` font-family="system-ui, sans-serif">`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...head,
		inner,
		...foot,
		`</svg>`
	].join('');
	return { markup, width, height: total };
}
