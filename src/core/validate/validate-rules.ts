/** Rules that are more than a reference: the framework's hierarchy, targets-only crosswalk, answers on scale. */
import type { Level } from '../../lib/schema';
import { columnIndex } from '../read/csv-table';
import { TupleIndex } from './tuple-index';
import { quote as q } from '../problems';
import type { ValidationContext } from './validation-context';

const PARENT_LEVEL: Record<Level, Level | null> = { focal_area: null, goal: 'focal_area', target: 'goal' };
const ARTICLE: Record<Level, string> = { focal_area: 'a focal area', goal: 'a goal', target: 'a target' };
const describeLevel = (level: string | undefined) => ARTICLE[level as Level] ?? `of level ${q(level ?? '')}`;

/** Focal areas have no parent, a goal's parent is a focal area, a target's parent is a goal. */
export function validateFrameworkHierarchy(context: ValidationContext): void {
	const framework = context.tables.framework;
	if (!framework) return;
	const valuesOf = context.valuesOf(framework, ['element_id', 'level', 'parent_id']);
	const levelOf = new Map(framework.rows.map((_, row) => [valuesOf(row)[0], valuesOf(row)[1]]));
	context.forEachCleanRow(framework, (row) => {
		const [id, level, parentId] = valuesOf(row) as [string, Level, string];
		const expected = PARENT_LEVEL[level];
		if (expected === null && parentId !== '') {
			context.flag(framework, row, 'parent_id', {
				message: `focal area ${q(id)} must not have a parent (found ${q(parentId)})`,
				fix: 'leave parent_id empty for focal areas'
			});
		} else if (expected !== null && parentId === '') {
			context.flag(framework, row, 'parent_id', { message: `${level} ${q(id)} has no parent`, fix: `set parent_id to ${ARTICLE[expected]}` });
		} else if (expected !== null && levelOf.get(parentId) !== expected) {
			context.flag(framework, row, 'parent_id', {
				message: `parent ${q(parentId)} of ${level} ${q(id)} is ${describeLevel(levelOf.get(parentId))}, not ${ARTICLE[expected]}`,
				fix: `set parent_id to ${ARTICLE[expected]}`
			});
		}
	});
}

/** The crosswalk maps questions to targets, never to goals or focal areas. */
export function validateCrosswalkTargets(context: ValidationContext): void {
	const { crosswalk, framework } = context.tables;
	if (!crosswalk || !framework) return;
	const frameworkValues = context.valuesOf(framework, ['element_id', 'level']);
	const levelOf = new Map(framework.rows.map((_, row) => frameworkValues(row) as [string, string]));
	const elementPosition = columnIndex(crosswalk, 'element_id');
	context.forEachCleanRow(crosswalk, (row) => {
		const id = crosswalk.rows[row][elementPosition];
		const level = levelOf.get(id);
		if (level === undefined || level === 'target') return; // unknown elements are reported as references
		context.flag(crosswalk, row, 'element_id', {
			message: `element ${q(id)} is ${describeLevel(level)}, not a target`,
			fix: `map the question to the targets under ${q(id)} instead`
		});
	});
}

/** A response's answer must be one of the answers of its question's scale. */
export function validateAnswersOnScale(context: ValidationContext): void {
	const { responses, questions, scales } = context.tables;
	if (!responses || !questions || !scales) return;
	const scaleAnswer = context.valuesOf(scales, ['scale_id', 'answer']);
	const answersOf = new Map<string, Set<string>>();
	scales.rows.forEach((_, row) => {
		const [scaleId, answer] = scaleAnswer(row);
		answersOf.set(scaleId, (answersOf.get(scaleId) ?? new Set()).add(answer));
	});
	const questionKey = ['convention_id', 'cycle_id', 'question_id'];
	const questionPositions = questionKey.map((column) => columnIndex(questions, column));
	const scalePosition = columnIndex(questions, 'scale_id');
	const scaleOf = new TupleIndex<string>();
	for (const values of questions.rows) scaleOf.setIfAbsent(values, questionPositions, values[scalePosition]);

	const responsePositions = questionKey.map((column) => columnIndex(responses, column));
	const answerPosition = columnIndex(responses, 'answer');
	context.forEachCleanRow(responses, (row) => {
		const values = responses.rows[row];
		const scaleId = scaleOf.get(values, responsePositions);
		const allowed = scaleId === undefined ? undefined : answersOf.get(scaleId);
		const answer = values[answerPosition];
		if (!allowed || allowed.has(answer)) return; // unknown question or scale: reported as references
		const question = responsePositions.map((position) => values[position]).join('/');
		context.flag(responses, row, 'answer', {
			message: `${q(answer)} is not on scale ${q(scaleId!)} of question ${question} (allowed: ${[...allowed].map(q).join(', ')})`,
			fix: "use one of the scale's answers, or add the answer to scales.csv"
		});
	});
}
