/** The studio's pure pieces: module grouping, pre-filling, completeness and the checks, on the tiny fixture's format. */
import { describe, expect, it } from 'vitest';
import { answerKey, newDraft, withAnswer, withoutCarried } from '../../../src/lib/report/draft';
import { answerProblems, completeness } from '../../../src/lib/report/checks';
import type { FormatQuestion } from '../../../src/lib/report/format';
import { groupByConvention, groupByModule, keysOf, type FrameworkNode } from '../../../src/lib/report/modules';
import { prefill } from '../../../src/lib/report/prefill';

const node = (element_id: string, level: FrameworkNode['level'], parent_id: string | null, sort: number): FrameworkNode => ({
	element_id,
	level,
	parent_id,
	code: element_id,
	title: element_id,
	sort
});
/** tests/fixtures/tiny/framework.csv. */
const FRAMEWORK = [
	node('fa1', 'focal_area', null, 1),
	node('g1', 'goal', 'fa1', 2),
	node('t1.1', 'target', 'g1', 3),
	node('t1.2', 'target', 'g1', 4),
	node('g2', 'goal', 'fa1', 5),
	node('t2.1', 'target', 'g2', 6),
	node('fa2', 'focal_area', null, 7),
	node('g4', 'goal', 'fa2', 8),
	node('t4.1', 'target', 'g4', 9),
	node('t4.2', 'target', 'g4', 10)
];
const q = (convention_id: string, cycle_id: string, question_id: string, scale_id: string, targets: string[]): FormatQuestion => ({
	convention_id,
	cycle_id,
	question_id,
	scale_id,
	text: question_id,
	targets
});
/** cbd-4nr and ramsar-cop10 as in the tiny fixture (q2 maps to two targets, r3 to none). */
const QUESTIONS = [
	q('cbd', 'cbd-4nr', 'q1', 'yesno', ['t1.1']),
	q('cbd', 'cbd-4nr', 'q2', 'cbd4', ['t1.1', 't2.1']),
	q('cbd', 'cbd-4nr', 'q3', 'yesno', ['t1.2']),
	q('cbd', 'cbd-4nr', 'q4', 'cbd4', ['t4.1']),
	q('ramsar', 'ramsar-cop10', 'r1', 'ramsar', ['t1.1']),
	q('ramsar', 'ramsar-cop10', 'r2', 'ramsar', ['t1.2']),
	q('ramsar', 'ramsar-cop10', 'r3', 'ramsar', [])
];
const SCALES = new Map([
	['yesno', new Set(['y', 'n'])],
	['cbd4', new Set(['1', '2', '3', '4'])],
	['ramsar', new Set(['A', 'B', 'C', 'D', 'Z'])]
]);
const FORMATS = [
	{ convention_id: 'cbd', cycle_id: 'cbd-4nr' },
	{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10' }
];
const key = (question: string) => QUESTIONS.filter((x) => x.question_id === question).map((x) => answerKey(x.convention_id, x.cycle_id, x.question_id))[0];

describe('modules', () => {
	const modules = groupByModule(FRAMEWORK, QUESTIONS);

	it('gathers every convention’s questions on a target, under its goal and focal area', () => {
		expect(modules.map((f) => f.focalArea.element_id)).toEqual(['fa1', 'fa2']);
		const t11 = modules[0].goals[0].targets[0];
		expect(t11.target.element_id).toBe('t1.1');
		expect(t11.keys).toEqual([key('q1'), key('q2'), key('r1')]);
		// t4.2: no question maps to it, so no module.
		expect(modules[1].goals[0].targets.map((t) => t.target.element_id)).toEqual(['t4.1']);
	});

	it('shows a question mapped to two targets in both, and counts it once above them', () => {
		const [g1, g2] = modules[0].goals;
		expect(g1.targets[0].keys).toContain(key('q2'));
		expect(g2.targets[0].keys).toEqual([key('q2')]);
		const [goal] = groupByModule(FRAMEWORK, [q('cms', 'cms-cop9', 'm9', 'yesno', ['t1.1', 't1.2'])])[0].goals;
		expect(goal.targets.map((t) => t.keys.length)).toEqual([1, 1]);
		expect(keysOf(goal)).toEqual(['cms|cms-cop9|m9']);
		expect(keysOf(modules[0])).toEqual([key('q1'), key('q2'), key('r1'), key('q3'), key('r2')]);
	});

	it('by convention keeps each format’s order, unmapped questions included', () => {
		expect(groupByConvention(QUESTIONS).map((g) => [g.cycle_id, g.keys.length])).toEqual([
			['cbd-4nr', 4],
			['ramsar-cop10', 3]
		]);
	});
});

describe('pre-filling', () => {
	const previous = [
		{ convention_id: 'cbd', question_id: 'q1', answer: 'y' },
		{ convention_id: 'cbd', question_id: 'q2', answer: '3' },
		{ convention_id: 'cbd', question_id: 'q3', answer: 'maybe' },
		{ convention_id: 'cms', question_id: 'q4', answer: '2' }
	];

	it('carries over answers to the same question_id of the same convention, on the scale, marked carried', () => {
		const draft = prefill(withAnswer(newDraft('BRA', 'cbd,ramsar', FORMATS), key('q2'), '4'), QUESTIONS, previous, SCALES);
		expect(draft.answers).toEqual({
			[key('q1')]: { answer: 'y', carried: true },
			// Answered already: kept. q3's old answer is off the scale; q4 was another convention's.
			[key('q2')]: { answer: '4', carried: false }
		});
		expect(
			completeness(
				draft,
				QUESTIONS.map((x) => key(x.question_id))
			)
		).toMatchObject({ total: 7, answered: 2, carried: 1 });
		expect(withoutCarried(draft).answers).toEqual({ [key('q2')]: { answer: '4', carried: false } });
	});
});

describe('completeness and checks', () => {
	it('counts answered and not-applicable questions once, and lists what is missing', () => {
		let draft = newDraft('KEN', 'ramsar', FORMATS);
		draft = withAnswer(draft, key('r1'), 'C');
		draft = withAnswer(draft, key('r2'), null);
		const keys = modulesKeys();
		expect(completeness(draft, keys)).toEqual({ total: 5, answered: 2, carried: 0, missing: [key('q1'), key('q2'), key('q3')] });
	});

	it('refuses an answer off its scale or outside the format, and only those', () => {
		let draft = newDraft('KEN', 'ramsar', FORMATS);
		draft = withAnswer(draft, key('r1'), 'E');
		draft = withAnswer(draft, key('r2'), null);
		draft = withAnswer(draft, key('q1'), 'y');
		draft = withAnswer(draft, 'cbd|cbd-4nr|q9', 'y');
		expect(answerProblems(draft, QUESTIONS, SCALES)).toEqual([
			{ key: key('r1'), kind: 'not_on_scale', answer: 'E' },
			{ key: 'cbd|cbd-4nr|q9', kind: 'not_in_format', answer: 'y' }
		]);
	});
});

const modulesKeys = () => keysOf(groupByModule(FRAMEWORK, QUESTIONS)[0]);
