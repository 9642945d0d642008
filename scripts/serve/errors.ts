/**
 * Readable answers when the server cannot serve a request: a missing page, and a request whose URL or headers
 * exceed what the server reads (Node would otherwise answer 431 with an empty body and close).
 */
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** Room for long shared links (Node's default is 16 KiB); beyond it, `answerClientError` explains. */
export const MAX_HEADER_BYTES = 64 * 1024;

const page = (title: string, text: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
	`<title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Go to the overview</a></p></main></body></html>\n`;

/** 404 with the site's own "not found" page when the build has one (`sitePage`), else a plain one. */
export function notFound(res: ServerResponse, sitePage: string | null = null): void {
	const body = sitePage ?? page('Page not found', 'There is no page at this address. Check the link, or start from the overview.');
	res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
	res.end(body);
}

/** The `clientError` handler: 431 with a page that says the link is too long, 400 for other malformed requests. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
	const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
	const body = tooLarge
		? page(
				'This link is too long',
				`The address (with its filters) is longer than this server accepts (${MAX_HEADER_BYTES / 1024} kB). ` +
					'Open the page without its filters and choose them again.'
			)
		: page('Bad request', 'The browser sent a request this server could not read.');
	socket.end(
		`HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n` +
			`Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
	);
}
