/**
 * A chart as a standalone SVG file: the drawing with its title above and the source line and data
 * version below, so the file still says what it shows and where the numbers come from.
 */
export interface ExportLabels {
	title: string;
	source: string;
}

const escape = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function standaloneSvg(chart: SVGSVGElement, { title, source }: ExportLabels): { markup: string; width: number; height: number } {
	const width = Number(chart.getAttribute('width')) || chart.clientWidth || 640;
	const height = Number(chart.getAttribute('height')) || chart.clientHeight || 400;
	const top = 36;
	const bottom = 40;
	const inner = new XMLSerializer().serializeToString(chart).replace(/^<svg /, `<svg x="0" y="${top}" `);
	const total = height + top + bottom;
	const markup = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}"`,
		` font-family="system-ui, sans-serif">`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<text x="8" y="24" font-size="16" font-weight="bold" fill="#111">${escape(title)}</text>`,
		inner,
		`<text x="8" y="${top + height + 24}" font-size="11" fill="#444">${escape(source)}</text>`,
		`</svg>`
	].join('');
	return { markup, width, height: total };
}
