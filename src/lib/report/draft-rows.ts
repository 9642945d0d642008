/** A draft as the contract's rows (reports.csv and responses.csv), for the live preview and the export alike. */
import { parseAnswerKey, type Draft } from './draft';

/** The draft as contract rows: one report per format (submitted on `submitted`), one response per answer with a code. */
export function draftRows(draft: Draft, submitted: string) {
	const reports = draft.formats.map((f) => [f.convention_id, f.cycle_id, draft.iso3, submitted] as const);
	const formats = new Set(draft.formats.map((f) => `${f.convention_id}|${f.cycle_id}`));
	const responses = Object.entries(draft.answers)
		.filter(([key, a]) => a.answer !== null && formats.has(key.split('|').slice(0, 2).join('|')))
		.map(([key, a]) => {
			const { convention_id, cycle_id, question_id } = parseAnswerKey(key);
			return [convention_id, cycle_id, draft.iso3, question_id, a.answer as string] as const;
		});
	return { reports, responses };
}
