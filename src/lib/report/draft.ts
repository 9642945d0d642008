/**
 * A report draft as the studio keeps it in the browser: the country, the formats (convention × cycle) it
 * answers, and one answer per question. Plain data (stored as is in IndexedDB), with pure helpers.
 */

/** One report format being answered: a convention's cycle. */
export interface DraftFormat {
	convention_id: string;
	cycle_id: string;
}

/** `answer` null = marked not applicable with no answer code (no response row is exported). */
export interface DraftAnswer {
	answer: string | null;
	/** Pre-filled from the party's previous report and not yet confirmed. */
	carried: boolean;
}

export interface Draft {
	id: string;
	iso3: string;
	/** As asked in the URL: a convention id, several joined by commas, or `all`. */
	convention: string;
	formats: DraftFormat[];
	answers: Record<string, DraftAnswer>;
	created: string;
	updated: string;
	/** Questions in its formats when last saved, for the drafts list's completeness. */
	questions?: number;
}

/** The key of a question in a draft: the same question_id answered once per format. */
export const answerKey = (convention_id: string, cycle_id: string, question_id: string) => `${convention_id}|${cycle_id}|${question_id}`;

export function parseAnswerKey(key: string): { convention_id: string; cycle_id: string; question_id: string } {
	const [convention_id, cycle_id, ...rest] = key.split('|');
	return { convention_id, cycle_id, question_id: rest.join('|') };
}

/** A draft's id: the same country and formats are the same draft (reopening a link finds it). */
export const draftId = (iso3: string, formats: DraftFormat[]) => [iso3, ...formats.map((f) => `${f.convention_id}:${f.cycle_id}`).sort()].join('~');

export function newDraft(iso3: string, convention: string, formats: DraftFormat[], now = new Date()): Draft {
	const stamp = now.toISOString();
	return { id: draftId(iso3, formats), iso3, convention, formats, answers: {}, created: stamp, updated: stamp };
}

/** The draft with one answer set (confirmed), or removed when `answer` is undefined. */
export function withAnswer(draft: Draft, key: string, answer: string | null | undefined, now = new Date()): Draft {
	const answers = { ...draft.answers };
	if (answer === undefined) delete answers[key];
	else answers[key] = { answer, carried: false };
	return { ...draft, answers, updated: now.toISOString() };
}

/** The draft with a carried-over answer confirmed as it is. */
export function confirmed(draft: Draft, key: string, now = new Date()): Draft {
	const current = draft.answers[key];
	if (!current?.carried) return draft;
	return { ...draft, answers: { ...draft.answers, [key]: { ...current, carried: false } }, updated: now.toISOString() };
}

/** "Clear carried-over answers": every answer still marked carried over is removed. */
export function withoutCarried(draft: Draft, now = new Date()): Draft {
	const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, a]) => !a.carried));
	return { ...draft, answers, updated: now.toISOString() };
}
