/**
 * A second local origin that would serve a CSV to any page (CORS open), recording every request it gets: the
 * browser tests use it to prove the site's engines cannot read from another origin.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtherOrigin {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** The paths requested so far. */
	seen: string[];
	close(): void;
}

export async function startOtherOrigin(): Promise<OtherOrigin> {
	const seen: string[] = [];
	const server = http.createServer((request, response) => {
		seen.push(request.url ?? '');
		response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' });
		response.end('a,b\n1,2\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => server.close() };
}
