/** The shape of the target × convention matrix: framework rows grouped by focal area and goal. */
import type { FrameworkElement, MatrixCell } from '$lib/queries/types';

export interface GoalGroup {
	goal: FrameworkElement;
	targets: FrameworkElement[];
}

export interface FocalAreaGroup {
	focalArea: FrameworkElement;
	goals: GoalGroup[];
}

/** Focal areas → goals → targets in framework order; elements whose parent is missing are left out. */
export function frameworkTree(framework: FrameworkElement[]): FocalAreaGroup[] {
	const ordered = framework.toSorted((a, b) => a.sort - b.sort);
	const childrenOf = (parent: FrameworkElement, level: FrameworkElement['level']) =>
		ordered.filter((element) => element.level === level && element.parent_id === parent.element_id);
	return ordered
		.filter((element) => element.level === 'focal_area')
		.map((focalArea) => ({
			focalArea,
			goals: childrenOf(focalArea, 'goal').map((goal) => ({ goal, targets: childrenOf(goal, 'target') }))
		}));
}

export const cellKey = (conventionId: string, elementId: string) => `${conventionId}/${elementId}`;

export function cellIndex(cells: MatrixCell[]): Map<string, MatrixCell> {
	return new Map(cells.map((cell) => [cellKey(cell.convention_id, cell.element_id), cell]));
}

/** The first words of a long title, cut at a word boundary: the full wording stays available elsewhere. */
export function shortTitle(title: string, max = 60): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max + 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max).replace(/[\s,;:]+$/, '')}…`;
}
