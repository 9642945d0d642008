/**
 * Strict UTF-8 decoding of a file that arrives in chunks, so that no string ever holds the whole file. On a bad
 * byte it says which line holds it, like decodeUtf8 does for a whole file.
 */
import { locateBadByte } from './decode-utf8';

export interface BadByte {
	line: number;
	byte: number;
	offsetInLine: number;
}

const NEWLINE = 0x0a;
/** Bytes of an unfinished last line kept to locate a bad byte in it; beyond that, the position is approximate. */
const TAIL_LIMIT = 1 << 20;

export class Utf8Chunks {
	private readonly decoder = new TextDecoder('utf-8', { fatal: true });
	/** Newlines before `tail`, and the bytes after the last newline seen. */
	private linesBefore = 0;
	private tail = new Uint8Array(0);

	/** The text of this chunk, or where its first bad byte is. */
	decode(chunk: Uint8Array, last = false): { text: string } | { bad: BadByte } {
		try {
			return { text: this.decoder.decode(chunk, { stream: !last }) };
		} catch {
			return { bad: this.locate(chunk, last) };
		} finally {
			this.remember(chunk);
		}
	}

	private locate(chunk: Uint8Array, last: boolean): BadByte {
		const window = new Uint8Array(this.tail.length + chunk.length);
		window.set(this.tail);
		window.set(chunk, this.tail.length);
		const found = locateBadByte(last ? window : trimUnfinished(window));
		if (found.ok) return { line: this.linesBefore + 1, byte: window[window.length - 1] ?? 0, offsetInLine: window.length - 1 };
		return { line: this.linesBefore + found.line, byte: found.byte, offsetInLine: found.offsetInLine };
	}

	private remember(chunk: Uint8Array): void {
		const lastNewline = chunk.lastIndexOf(NEWLINE);
		if (lastNewline === -1) {
			const joined = new Uint8Array(this.tail.length + chunk.length);
			joined.set(this.tail);
			joined.set(chunk, this.tail.length);
			this.tail = joined.length > TAIL_LIMIT ? joined.slice(joined.length - 4) : joined;
			return;
		}
		for (let i = 0; i <= lastNewline; i++) if (chunk[i] === NEWLINE) this.linesBefore++;
		this.tail = chunk.slice(lastNewline + 1);
	}
}

/** A chunk may end inside a multi-byte sequence that the next chunk completes: leave such an end out. */
function trimUnfinished(bytes: Uint8Array): Uint8Array {
	let start = bytes.length - 1;
	while (start >= 0 && start > bytes.length - 4 && (bytes[start] & 0xc0) === 0x80) start--;
	if (start < 0 || bytes[start] < 0xc0) return bytes;
	const needed = bytes[start] >= 0xf0 ? 4 : bytes[start] >= 0xe0 ? 3 : 2;
	return bytes.length - start < needed ? bytes.subarray(0, start) : bytes;
}
