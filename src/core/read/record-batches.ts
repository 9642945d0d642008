/**
 * Cut a stream of CSV text into batches of whole records: each batch ends at a line break outside quotes, so it
 * can be parsed on its own, and knows the line it starts on. Quotes are counted the way recordStartLines does.
 */
const QUOTE = 0x22;
const NEWLINE = 0x0a;

export interface RecordBatch {
	text: string;
	/** 1-based line of the file on which the batch starts. */
	firstLine: number;
}

export class RecordBatches {
	private pending: string[] = [];
	private pendingLength = 0;
	private inQuotes = false;
	private nextLine = 1;
	/** Line breaks in `pending` (inside quotes, since the last batch). */
	private pendingBreaks = 0;

	/** Add text; returns the batch of whole records it completes, if any. */
	push(text: string): RecordBatch | null {
		let boundary = -1;
		let breaksToBoundary = 0;
		let breaks = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === QUOTE) this.inQuotes = !this.inQuotes;
			else if (code === NEWLINE) {
				breaks++;
				if (!this.inQuotes) {
					boundary = i + 1;
					breaksToBoundary = breaks;
				}
			}
		}
		if (boundary === -1) {
			this.keep(text, breaks);
			return null;
		}
		const batch = { text: this.pending.join('') + text.slice(0, boundary), firstLine: this.nextLine };
		this.nextLine += this.pendingBreaks + breaksToBoundary;
		this.pending = [];
		this.pendingLength = 0;
		this.pendingBreaks = 0;
		this.keep(text.slice(boundary), breaks - breaksToBoundary);
		return batch;
	}

	/** What is left at the end of the file. */
	end(): RecordBatch | null {
		if (this.pendingLength === 0) return null;
		return { text: this.pending.join(''), firstLine: this.nextLine };
	}

	/** Characters waiting for the end of their record, and the line that record starts on. */
	get waiting(): { characters: number; line: number } {
		return { characters: this.pendingLength, line: this.nextLine };
	}

	private keep(text: string, breaks: number): void {
		if (text.length === 0) return;
		this.pending.push(text);
		this.pendingLength += text.length;
		this.pendingBreaks += breaks;
	}
}
