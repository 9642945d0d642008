/** Strict UTF-8 decoding that, on failure, says which line holds the first bad byte. */

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; byte: number; offsetInLine: number };

const NEWLINE = 0x0a;

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
	try {
		// A leading BOM is dropped (ignoreBOM false), as spreadsheet programs often write one.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return locateBadByte(bytes);
	}
}

/** Newline bytes never occur inside a multi-byte UTF-8 sequence, so lines can be checked one by one. */
export function locateBadByte(bytes: Uint8Array): DecodeResult {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	for (let line = 1; start <= bytes.length; line++) {
		let end = bytes.indexOf(NEWLINE, start);
		if (end === -1) end = bytes.length;
		const lineBytes = bytes.subarray(start, end);
		try {
			decoder.decode(lineBytes);
		} catch {
			const offsetInLine = firstInvalidOffset(lineBytes);
			return { ok: false, line, byte: lineBytes[offsetInLine] ?? 0, offsetInLine };
		}
		start = end + 1;
	}
	return { ok: false, line: 1, byte: bytes[0] ?? 0, offsetInLine: 0 };
}

/** Offset of the first bad byte: where a strict decode fed one byte at a time fails, or the unfinished sequence before it. */
function firstInvalidOffset(lineBytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (let i = 0; i < lineBytes.length; i++) {
		try {
			decoder.decode(lineBytes.subarray(i, i + 1), { stream: true });
		} catch {
			return startOfUnfinishedSequence(lineBytes, i) ?? i;
		}
	}
	return startOfUnfinishedSequence(lineBytes, lineBytes.length) ?? lineBytes.length - 1;
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;
const continuationsNeeded = (lead: number) => (lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1);

/** If a multi-byte sequence begun before `end` is still missing bytes there, the offset of its lead byte. */
function startOfUnfinishedSequence(bytes: Uint8Array, end: number): number | undefined {
	let lead = end - 1;
	while (lead >= 0 && isContinuation(bytes[lead])) lead--;
	if (lead < 0 || bytes[lead] < 0xc0) return undefined;
	return end - 1 - lead < continuationsNeeded(bytes[lead]) ? lead : undefined;
}
