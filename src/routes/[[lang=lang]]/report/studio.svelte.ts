/**
 * One open report in the studio: the draft with its undo history, saved to this browser as it changes, and
 * its live status, scored again (by the scoring rule's SQL in the browser's DuckDB) after every change.
 */
import type { Db } from '$lib/db/connection';
import { liveStatus, type LiveStatus } from '$lib/queries/report-live';
import type { ReportFormat } from '$lib/queries/report-format';
import { answerProblems, completeness } from '$lib/report/checks';
import { answerKey, confirmed, withAnswer, withoutCarried, type Draft } from '$lib/report/draft';
import { saveDraft } from '$lib/report/drafts-store';
import { scaleCodes, type FormatQuestion, type ScaleOption } from '$lib/report/format';

const UNDO_DEPTH = 100;

/** Today as the report's submission date (the day it is handed over). */
export const today = () => new Date().toISOString().slice(0, 10);

export class Studio {
	draft = $state.raw<Draft>(null!);
	live = $state.raw<LiveStatus[]>([]);
	scoring = $state(false);
	/** Why the last scoring failed (the answers are kept and saved all the same). */
	scoreError = $state<string | null>(null);
	saving = $state<'saved' | 'pending' | 'failed'>('saved');
	private history = $state.raw<Draft[]>([]);
	readonly questions: Map<string, FormatQuestion>;
	readonly options: Map<string, ScaleOption[]>;
	readonly codes: Map<string, Set<string>>;
	private scoringRun: Promise<void> = Promise.resolve();
	private saveRun: Promise<void> = Promise.resolve();

	constructor(
		private readonly db: Db,
		readonly format: ReportFormat,
		draft: Draft
	) {
		this.draft = draft;
		this.questions = new Map(format.questions.map((q) => [answerKey(q.convention_id, q.cycle_id, q.question_id), q]));
		this.options = new Map();
		for (const option of format.scales) {
			if (!this.options.has(option.scale_id)) this.options.set(option.scale_id, []);
			this.options.get(option.scale_id)!.push(option);
		}
		this.codes = scaleCodes(format.scales);
		this.rescore();
	}

	get keys(): string[] {
		return [...this.questions.keys()];
	}

	get progress() {
		return completeness(this.draft, this.keys);
	}

	get problems() {
		return answerProblems(this.draft, this.format.questions, this.codes);
	}

	get canUndo() {
		return this.history.length > 0;
	}

	/** Sets (null = not applicable) or clears (undefined) one question's answer. */
	answer(key: string, value: string | null | undefined) {
		if (this.draft.answers[key]?.answer === value && !this.draft.answers[key]?.carried) return;
		this.change(withAnswer(this.draft, key, value));
	}

	confirm(key: string) {
		this.change(confirmed(this.draft, key));
	}

	confirmAll() {
		let draft = this.draft;
		for (const [key, answer] of Object.entries(draft.answers)) if (answer.carried) draft = confirmed(draft, key);
		this.change(draft);
	}

	clearCarried() {
		this.change(withoutCarried(this.draft));
	}

	/** An imported report's answers in place of the draft's (undoable). */
	replaceAnswers(answers: Draft['answers']) {
		this.change({ ...this.draft, answers, updated: new Date().toISOString() });
	}

	undo() {
		const previous = this.history.at(-1);
		if (!previous) return;
		this.history = this.history.slice(0, -1);
		this.set({ ...previous, updated: new Date().toISOString() });
	}

	private change(next: Draft) {
		if (next === this.draft) return;
		this.history = [...this.history.slice(-UNDO_DEPTH + 1), this.draft];
		this.set(next);
	}

	private set(next: Draft) {
		this.draft = next;
		this.save();
		this.rescore();
	}

	/** Saves after the previous save, so the last change is the one kept. */
	save(): Promise<void> {
		this.saving = 'pending';
		const draft = this.draft;
		this.saveRun = this.saveRun
			.then(() => saveDraft({ ...draft, questions: this.questions.size }))
			.then(
				() => {
					if (this.draft === draft) this.saving = 'saved';
				},
				() => {
					this.saving = 'failed';
				}
			);
		return this.saveRun;
	}

	/** Scores the latest draft; runs queue so the temp tables are written and read one draft at a time. */
	private rescore() {
		this.scoring = true;
		this.scoringRun = this.scoringRun.then(async () => {
			const draft = this.draft;
			try {
				const rows = await liveStatus(this.db, draft, today());
				if (this.draft === draft) {
					this.live = rows;
					this.scoreError = null;
				}
			} catch (error) {
				this.scoreError = error instanceof Error ? error.message : String(error);
			} finally {
				if (this.draft === draft) this.scoring = false;
			}
		});
	}

	/** Waits for the save and the scoring of the latest change (e.g. before printing or leaving). */
	async settled() {
		await Promise.allSettled([this.saveRun, this.scoringRun]);
	}
}
