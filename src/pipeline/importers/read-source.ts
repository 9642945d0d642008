/** Read a source file: its bytes' sha256 (for provenance) and its text, which must be UTF-8. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Problem } from '../../core/problems';

export type SourceFile = { ok: true; text: string; sha256: string; bytes: number } | { ok: false; problem: Problem };

export async function readSourceFile(path: string, file = path): Promise<SourceFile> {
	return decodeSource(await readFile(path), file);
}

export function decodeSource(bytes: Uint8Array, file: string): SourceFile {
	const text = decodeStrict(bytes);
	if (text === null) {
		const { line, column, byte } = firstBadByte(bytes);
		const hex = byte.toString(16).toUpperCase().padStart(2, '0');
		return {
			ok: false,
			problem: {
				file,
				line,
				message: `file is not UTF-8 (byte 0x${hex} at position ${column} of the line)`,
				fix: 're-save the file as UTF-8 (exports from UNESCO and the World Bank are often Windows-1252)'
			}
		};
	}
	return { ok: true, text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

function decodeStrict(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** Line and 1-based position of the first byte that starts an invalid sequence. A line break never occurs inside a multi-byte sequence. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
	let start = 0;
	for (let line = 1; start < bytes.length; line++) {
		const found = bytes.indexOf(0x0a, start);
		const end = found === -1 ? bytes.length : found;
		const lineBytes = bytes.subarray(start, end);
		if (decodeStrict(lineBytes) === null) {
			const offset = validPrefixLength(lineBytes);
			return { line, column: offset + 1, byte: lineBytes[offset] };
		}
		start = end + 1;
	}
	return { line: 1, column: 1, byte: bytes[0] ?? 0 };
}

function validPrefixLength(lineBytes: Uint8Array): number {
	let complete = 0;
	for (let end = 1; end <= lineBytes.length; end++) {
		const prefix = lineBytes.subarray(0, end);
		if (decodeStrict(prefix) !== null) complete = end;
		else if (!isIncomplete(prefix)) break;
	}
	return complete;
}

/** True when the bytes are valid UTF-8 up to an unfinished sequence at the end. */
function isIncomplete(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}
