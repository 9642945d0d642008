/** The outcome indicators a framework element's page lists: those of the element and of every element below it. */
import { TARGET_INDICATORS } from '../../pipeline/reference/framework';

export function frameworkIndicators(framework: { element_id: string; parent_id: string | null }[], id: string): string[] {
	const below = (parent: string): string[] => [parent, ...framework.filter((row) => row.parent_id === parent).flatMap((row) => below(row.element_id))];
	return [...new Set(below(id).flatMap((element) => TARGET_INDICATORS.get(element) ?? []))];
}
