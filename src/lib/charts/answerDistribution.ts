/**
 * How the submitted reports answered the crosswalk questions of one convention's cycle: a stacked bar
 * per question, scored answers from lowest to highest score (coloured by the class their score falls
 * in), then "not applicable" and "no answer" apart. Shares are of the submitted reports.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, t } from '../i18n';
import type { CrosswalkQuestion } from '../queries/target/crosswalk';
import { classify } from '../schema';
import { BAR_ROWS, barRowsLayout, chartDescription, documentOption, labelLineWidth, type ChartOptions } from './options';
import { statusColor, statusInk, THEME } from './palette';
import type { TableData } from './table';

export type SegmentKind = 'scored' | 'not_applicable' | 'no_answer';

export interface AnswerSegment {
	key: string;
	question_id: string;
	kind: SegmentKind;
	answer: string;
	label: string;
	/** The answer's score on its scale (null: not applicable or no answer). */
	score: number | null;
	count: number;
	n_reports: number;
	share: number;
}

const NOT_APPLICABLE = { fill: 'var(--answer-na, #9e9e9e)', ink: '#1a1a1a' };
const NO_ANSWER = { fill: THEME.background, ink: THEME.text };

export const questionKey = (q: Pick<CrosswalkQuestion, 'convention_id' | 'cycle_id' | 'question_id'>) => `${q.convention_id}/${q.cycle_id}/${q.question_id}`;

/** Every segment of every question's bar, zeros included, in stacking order. */
export function answerSegments(questions: CrosswalkQuestion[]): AnswerSegment[] {
	return questions.flatMap((q) => {
		const base = { key: questionKey(q), question_id: q.question_id, n_reports: q.n_reports };
		const share = (count: number) => (q.n_reports ? count / q.n_reports : 0);
		return [
			...q.answers.map((a) => ({ ...base, kind: 'scored' as const, answer: a.answer, label: a.label, score: a.score, count: a.count, share: share(a.count) })),
			...q.not_applicable.map((a) => ({
				...base,
				kind: 'not_applicable' as const,
				answer: a.answer,
				label: a.label,
				score: null,
				count: a.count,
				share: share(a.count)
			})),
			{ ...base, kind: 'no_answer' as const, answer: '', label: t('target.answers.noAnswer'), score: null, count: q.no_answer, share: share(q.no_answer) }
		];
	});
}

export function segmentDescription(segment: AnswerSegment): string {
	return t('target.answers.segment', {
		question: segment.question_id,
		answer: segment.label,
		count: formatNumber(segment.count),
		reports: formatNumber(segment.n_reports),
		share: formatPercent(segment.share)
	});
}

const ROW_HEIGHT = 46;
/** Plot measures text at roughly this many pixels per character of the 10 px chart font. */
const CHAR_WIDTH = 6.5;

export function answerDistributionChart(questions: CrosswalkQuestion[], options: ChartOptions & { title: string }): SVGSVGElement | HTMLElement {
	const { width } = options;
	const { labelHeight, marginSide } = BAR_ROWS;
	const { height, bandwidth } = barRowsLayout(questions.length, ROW_HEIGHT);
	const segments = answerSegments(questions).filter((segment) => segment.count > 0);
	const pxPerShare = Math.max(0, width - 2 * marginSide - 12);
	const fill = (segment: AnswerSegment) =>
		segment.kind === 'scored' ? statusColor(classify(segment.score)) : segment.kind === 'not_applicable' ? NOT_APPLICABLE.fill : NO_ANSWER.fill;
	const ink = (segment: AnswerSegment) =>
		segment.kind === 'scored' ? statusInk(classify(segment.score)) : segment.kind === 'not_applicable' ? NOT_APPLICABLE.ink : NO_ANSWER.ink;
	// The answer's name where it fits, its count where only that fits, nothing in a sliver.
	const segmentText = (segment: AnswerSegment) => {
		const room = segment.share * pxPerShare - 6;
		const count = formatNumber(segment.count);
		const named = `${segment.label} ${count}`;
		if (room >= named.length * CHAR_WIDTH) return named;
		// "Not applicable" is grey like no answer: where its name does not fit, its short name says which it is.
		const short = segment.kind === 'not_applicable' ? `${t('target.answers.naShort')} ${count}` : count;
		if (room >= short.length * CHAR_WIDTH) return short;
		return room >= count.length * CHAR_WIDTH ? count : '';
	};
	const stack = { y: 'key', x: (segment: AnswerSegment) => segment.share * 100, order: null } as const;
	const labels = questions.map((q) => [questionKey(q), `${q.question_id} · ${q.text}`] as const);
	const noReports = questions.filter((q) => q.n_reports === 0);

	return Plot.plot({
		...documentOption(options),
		width,
		height,
		marginTop: BAR_ROWS.marginTop,
		marginBottom: BAR_ROWS.marginBottom,
		marginLeft: marginSide,
		marginRight: marginSide + 12,
		ariaLabel: options.title,
		ariaDescription: chartDescription(options, t('target.answers.description')),
		x: { domain: [0, 100], label: t('target.answers.axis'), tickFormat: (d: number) => formatPercent(d / 100) },
		y: { domain: questions.map(questionKey), axis: null, padding: BAR_ROWS.padding },
		marks: [
			Plot.barX(
				segments,
				Plot.stackX({
					...stack,
					fill,
					stroke: (segment: AnswerSegment) => (segment.kind === 'no_answer' ? THEME.borderStrong : THEME.background),
					insetTop: labelHeight,
					title: segmentDescription
				})
			),
			Plot.ruleX([0]),
			Plot.text(labels, {
				y: ([key]) => key,
				x: 0,
				text: ([, label]) => label,
				textAnchor: 'start',
				lineAnchor: 'top',
				dy: -bandwidth / 2,
				lineWidth: labelLineWidth(width),
				textOverflow: 'ellipsis'
			}),
			Plot.text(segments, Plot.stackX({ ...stack, text: segmentText, fill: ink, dy: labelHeight / 2, ariaHidden: 'true' })),
			Plot.text(noReports, {
				y: questionKey,
				x: 0,
				text: () => t('target.answers.noReports'),
				textAnchor: 'start',
				dx: 4,
				dy: labelHeight / 2
			})
		]
	});
}

const countWithShare = (count: number, reports: number) => `${formatNumber(count)} (${formatPercent(reports ? count / reports : null)})`;

/** The numbers behind the bars: one row per question, every answer of its scale with count and share. */
export function answerDistributionTable(questions: CrosswalkQuestion[], caption: string): TableData<CrosswalkQuestion> {
	const list = (answers: CrosswalkQuestion['answers'], reports: number) =>
		answers.map((a) => `${a.label} (${a.answer}): ${countWithShare(a.count, reports)}`).join('; ') || '–';
	return {
		caption,
		rows: questions,
		columns: [
			{ label: t('target.col.question'), cell: (q) => q.question_id },
			{ label: t('target.col.text'), cell: (q) => q.text },
			{ label: t('target.col.answers'), cell: (q) => list(q.answers, q.n_reports) },
			{ label: t('target.col.notApplicable'), cell: (q) => list(q.not_applicable, q.n_reports) },
			{ label: t('target.col.noAnswer'), cell: (q) => countWithShare(q.no_answer, q.n_reports), numeric: true, value: (q) => q.no_answer },
			{ label: t('target.col.reports'), cell: (q) => formatNumber(q.n_reports), numeric: true, value: (q) => q.n_reports }
		]
	};
}
