/**
 * Issue-based modules (issue 12 §2): one module per target, under its goal and focal area, gathering every
 * selected convention's questions the crosswalk maps to that target. A question mapped to two targets is in
 * both modules (and answered once: both show the same draft key).
 */
import { answerKey } from './draft';
import type { FormatQuestion } from './format';

export interface FrameworkNode {
	element_id: string;
	level: 'focal_area' | 'goal' | 'target';
	parent_id: string | null;
	code: string;
	title: string;
	sort: number;
}

export interface TargetModule {
	target: FrameworkNode;
	/** Draft keys of its questions, by convention then format order. */
	keys: string[];
}

export interface GoalModules {
	goal: FrameworkNode;
	targets: TargetModule[];
}

export interface FocalAreaModules {
	focalArea: FrameworkNode;
	goals: GoalModules[];
}

/** Focal area → goal → target, keeping only targets some selected question maps to, in framework order. */
export function groupByModule(framework: FrameworkNode[], questions: FormatQuestion[]): FocalAreaModules[] {
	const keysByTarget = new Map<string, string[]>();
	for (const q of questions)
		for (const target of q.targets) {
			if (!keysByTarget.has(target)) keysByTarget.set(target, []);
			keysByTarget.get(target)!.push(answerKey(q.convention_id, q.cycle_id, q.question_id));
		}
	const sorted = [...framework].sort((a, b) => a.sort - b.sort);
	const children = (parent: string, level: FrameworkNode['level']) => sorted.filter((e) => e.level === level && e.parent_id === parent);
	return sorted
		.filter((e) => e.level === 'focal_area')
		.map((focalArea) => ({
			focalArea,
			goals: children(focalArea.element_id, 'goal')
				.map((goal) => ({
					goal,
					targets: children(goal.element_id, 'target')
						.filter((target) => keysByTarget.has(target.element_id))
						.map((target) => ({ target, keys: keysByTarget.get(target.element_id)! }))
				}))
				.filter((g) => g.targets.length > 0)
		}))
		.filter((f) => f.goals.length > 0);
}

/** Every draft key under a module (a focal area, goal or target), once each. */
export function keysOf(node: FocalAreaModules | GoalModules | TargetModule): string[] {
	if ('keys' in node) return node.keys;
	if ('targets' in node) return [...new Set(node.targets.flatMap((t) => t.keys))];
	return [...new Set(node.goals.flatMap((g) => keysOf(g)))];
}

/** By convention: each format's questions in the format's order. */
export function groupByConvention(questions: FormatQuestion[]): { convention_id: string; cycle_id: string; keys: string[] }[] {
	const groups = new Map<string, { convention_id: string; cycle_id: string; keys: string[] }>();
	for (const q of questions) {
		const id = `${q.convention_id}|${q.cycle_id}`;
		if (!groups.has(id)) groups.set(id, { convention_id: q.convention_id, cycle_id: q.cycle_id, keys: [] });
		groups.get(id)!.keys.push(answerKey(q.convention_id, q.cycle_id, q.question_id));
	}
	return [...groups.values()];
}
