/**
 * The line on which each CSV record starts (header = line 1), found by one quote-aware scan of the text that
 * splits records the way csv-parse does with CSV_OPTIONS: a line break inside quotes continues the record,
 * empty lines are skipped.
 */
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export function recordStartLines(text: string): Int32Array {
	const starts: number[] = [];
	let line = 1;
	let inQuotes = false;
	let recordStart = 1;
	let hasContent = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) inQuotes = !inQuotes;
		if (code === NEWLINE) {
			if (!inQuotes) {
				if (hasContent) starts.push(recordStart);
				recordStart = line + 1;
				hasContent = false;
			}
			line++;
		} else if (code !== CARRIAGE_RETURN || inQuotes) {
			hasContent = true;
		}
	}
	if (hasContent) starts.push(recordStart);
	return Int32Array.from(starts);
}
