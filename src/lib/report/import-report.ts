/**
 * "Import report": a report zip exported by the studio (or one written to its contract) back into a draft.
 * Imported answers are the party's own, so none is marked carried over; checks then run on them as on typed ones.
 */
import { parse } from '#csv-parse-sync';
import { answerKey, newDraft, type Draft } from './draft';
import { openReport, unzipReport } from './report-files';

export type ImportedDraft = { ok: true; draft: Draft } | { ok: false; problem: string };

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse(text, { bom: true, columns: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'] });

export async function importReport(bytes: Uint8Array, now = new Date()): Promise<ImportedDraft> {
	let opened;
	try {
		opened = await openReport(unzipReport(bytes));
	} catch (error) {
		return { ok: false, problem: `not a zip file (${(error as Error).message})` };
	}
	if (!opened.ok) return opened;
	const { manifest, files } = opened;
	let responses: Row[];
	try {
		responses = readCsv(files['responses.csv']);
	} catch (error) {
		return { ok: false, problem: `responses.csv: ${(error as Error).message}` };
	}
	const formats = new Set(manifest.formats.map((f) => `${f.convention_id}|${f.cycle_id}`));
	const conventions = [...new Set(manifest.formats.map((f) => f.convention_id))];
	let draft = newDraft(manifest.iso3, conventions.join(','), manifest.formats, now);
	const answers: Draft['answers'] = {};
	for (const [i, row] of responses.entries()) {
		if (row.iso3 !== manifest.iso3 || !formats.has(`${row.convention_id}|${row.cycle_id}`))
			return { ok: false, problem: `responses.csv line ${i + 2}: not part of this report (${row.convention_id}, ${row.cycle_id}, ${row.iso3})` };
		answers[answerKey(row.convention_id, row.cycle_id, row.question_id)] = { answer: row.answer, carried: false };
	}
	draft = { ...draft, answers };
	return { ok: true, draft };
}
