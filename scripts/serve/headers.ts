/**
 * The headers every response of the local server carries: no MIME sniffing, no referrer to other sites, and
 * caching by kind — hashed app files forever, data briefly and revalidated, pages always revalidated.
 */
import type { ServerResponse } from 'node:http';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const DATA = 'public, max-age=300, must-revalidate';
export const REVALIDATE = 'no-cache';

/** The Cache-Control for a request path: `/_app/immutable/` (content-hashed names), `/data/`, or anything else. */
export function cacheControl(pathname: string): string {
	if (pathname.startsWith('/_app/immutable/')) return IMMUTABLE;
	if (pathname.startsWith('/data/') || pathname.startsWith('/download/csv/')) return DATA;
	return REVALIDATE;
}

export function contentType(pathname: string): string | undefined {
	if (pathname.endsWith('.parquet')) return 'application/vnd.apache.parquet';
	if (pathname.endsWith('.wasm')) return 'application/wasm';
	return undefined;
}

export function setCommonHeaders(res: ServerResponse, pathname: string): void {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'same-origin');
	res.setHeader('Cache-Control', cacheControl(pathname));
	const type = contentType(pathname);
	if (type) res.setHeader('Content-Type', type);
}
