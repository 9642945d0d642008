/**
 * axe-core's violations on the page as it is now, one line per rule: `rule-id: selector, selector`. Every rule
 * runs; only violations are collected (axe skips gathering the nodes that pass), and axe runs in the page itself
 * (legacy mode: no second blank page to merge partial results in, which took most of a scan's time on large
 * pages). Same-origin frames are still scanned by axe itself.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
