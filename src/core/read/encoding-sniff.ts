/**
 * Files that are text but not UTF-8 CSV with LF or CRLF line ends, recognised from their first bytes or text so
 * that the message names the real cause (UTF-16 would otherwise read as "missing column "i s o 3"", CR-only line
 * ends as "a header but no rows").
 */
import type { FieldIssue } from '../validate/field-checks';

const RESAVE = 're-save the file as UTF-8 (e.g. "CSV UTF-8" in Excel, character set "Unicode (UTF-8)" in LibreOffice)';

/** A problem seen in the file's first bytes, or null. */
export function sniffEncoding(start: Uint8Array): FieldIssue | null {
	if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))
		return { message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8', fix: RESAVE };
	const pairs = Math.min(512, Math.floor(start.length / 2));
	let zeroEven = 0;
	let zeroOdd = 0;
	for (let i = 0; i < pairs; i++) {
		if (start[2 * i] === 0) zeroEven++;
		if (start[2 * i + 1] === 0) zeroOdd++;
	}
	if (pairs >= 2 && Math.max(zeroEven, zeroOdd) >= pairs / 4)
		return { message: 'file looks like UTF-16 without a byte-order mark (every other byte is zero), not UTF-8', fix: RESAVE };
	return null;
}

/** A problem with the line ends seen in the first decoded text, or null. */
export function lineEndIssue(text: string): FieldIssue | null {
	if (!text.includes('\r') || text.includes('\n')) return null;
	return {
		message: 'line ends are carriage returns only (the old Mac format), so the whole file reads as one line',
		fix: 'save the file with LF or CRLF line ends (e.g. "Unix (LF)" or "Windows (CRLF)" in your editor)'
	};
}
