/** Names and places of framework elements: "Target 1.1", its goal and focal area above, what lies below. */
import { t } from '$lib/i18n';
import type { FrameworkElement } from '$lib/queries/types';

/** "Target 1.1", "Goal 1", "Focal area A". */
export function elementName(element: Pick<FrameworkElement, 'level' | 'code'>): string {
	return t(`target.level.${element.level}`, { code: element.code });
}

/** The same name inside a sentence: "target 1.1". */
export function elementNameInText(element: Pick<FrameworkElement, 'level' | 'code'>): string {
	return t(`target.level.${element.level}.text`, { code: element.code });
}

/** Focal area first, the element last. */
export function ancestry(framework: FrameworkElement[], element: FrameworkElement): FrameworkElement[] {
	const byId = new Map(framework.map((row) => [row.element_id, row]));
	const path = [element];
	for (let parent = byId.get(element.parent_id ?? ''); parent; parent = byId.get(parent.parent_id ?? '')) {
		if (path.includes(parent)) break;
		path.unshift(parent);
	}
	return path;
}

/** Direct children, in framework order. */
export function childrenOf(framework: FrameworkElement[], element: FrameworkElement): FrameworkElement[] {
	return framework.filter((row) => row.parent_id === element.element_id).toSorted((a, b) => a.sort - b.sort);
}
