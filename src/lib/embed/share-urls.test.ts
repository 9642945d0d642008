import { describe, expect, it } from 'vitest';
import { embedHeight, embedUrl, iframeSnippet, readEmbedId, viewUrl } from './share-urls';

const page = 'https://dash.example/fr/conventions/cbd/?cycle=cbd_4&region=Africa#old';

describe('readEmbedId', () => {
	it('reads the chart id and treats a bare ?embed as none', () => {
		expect(readEmbedId('?embed=reporting-rate&region=Africa')).toBe('reporting-rate');
		expect(readEmbedId('?embed')).toBeNull();
		expect(readEmbedId(new URLSearchParams('region=Africa'))).toBeNull();
	});
});

describe('viewUrl', () => {
	it('keeps language path and filters, drops embed, points at the chart', () => {
		expect(viewUrl(`https://dash.example/?embed=a&region=Africa`, 'a')).toBe('https://dash.example/?region=Africa#a');
		expect(viewUrl(page, 'status-by-target')).toBe('https://dash.example/fr/conventions/cbd/?cycle=cbd_4&region=Africa#status-by-target');
	});

	it('keeps the current hash when no chart is named and leaves no empty query', () => {
		expect(viewUrl(page)).toBe('https://dash.example/fr/conventions/cbd/?cycle=cbd_4&region=Africa#old');
		expect(viewUrl('https://dash.example/targets/t1.1/?embed=x')).toBe('https://dash.example/targets/t1.1/');
		expect(viewUrl('https://dash.example/targets/t1.1/?embed=x#y')).toBe('https://dash.example/targets/t1.1/#y');
	});
});

describe('embedUrl', () => {
	it('puts embed first, keeps the filters, drops the hash', () => {
		expect(embedUrl(page, 'status-by-target')).toBe('https://dash.example/fr/conventions/cbd/?embed=status-by-target&cycle=cbd_4&region=Africa');
	});

	it('replaces an earlier embed id and encodes values', () => {
		expect(embedUrl('https://dash.example/?embed=old&region=Latin America', 'new')).toBe('https://dash.example/?embed=new&region=Latin+America');
	});
});

describe('iframeSnippet', () => {
	it('is an escaped, lazy, full-width iframe with a title', () => {
		expect(iframeSnippet({ src: 'https://dash.example/?embed=a&region=Africa', title: 'Status “A” <b> & co', height: 431.2 })).toBe(
			'<iframe src="https://dash.example/?embed=a&amp;region=Africa" title="Status “A” &lt;b&gt; &amp; co" width="100%" height="431" loading="lazy" style="border: 0; max-width: 100%;"></iframe>'
		);
	});

	it('leaves room for title, source line and link back', () => {
		expect(embedHeight(300)).toBe(620);
		expect(embedHeight(0)).toBe(520);
	});
});
