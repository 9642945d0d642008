/**
 * The document charts are drawn in while pages are prerendered (registered by hooks.server.ts with
 * linkedom). In the browser nothing is registered and charts use the page's own document.
 */
let serverDocument: Document | undefined;

export function setServerDocument(document: Document): void {
	serverDocument = document;
}

export function getServerDocument(): Document | undefined {
	return serverDocument;
}

/** The width charts are drawn at before the browser has measured them; CSS scales the SVG to fit. */
export const PRERENDER_WIDTH = 640;
