/** The indicator → target table follows the framework: every listed target names the headline indicator as relevant. */
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/lib/indicators/known';
import { SOURCES } from '../../../src/pipeline/importers/sources';
import { FRAMEWORK } from '../../../src/pipeline/reference/framework';
import { TARGET_INDICATORS } from '../../../src/lib/indicators/framework';

const targetsNaming = (indicator: string) => [...TARGET_INDICATORS].filter(([, names]) => names.includes(indicator)).map(([id]) => id);

describe('indicator table', () => {
	it.each(INDICATORS.map((indicator) => [indicator.indicator_id, indicator] as const))('%s informs the targets the framework relates it to', (_, indicator) => {
		const targets = targetsNaming(indicator.frameworkIndicator);
		expect(targets.length).toBeGreaterThan(0);
		if ('proxy' in indicator) expect(targets).toEqual(expect.arrayContaining([...indicator.targets]));
		else expect([...indicator.targets]).toEqual(targets);
		for (const target of indicator.targets) expect(FRAMEWORK.find((e) => e.element_id === target)?.level).toBe('target');
	});

	it('every indicator comes from exactly one source and every source indicator is in the table', () => {
		const fromSources = SOURCES.flatMap((source) => (source.output === 'indicator_values' ? source.indicatorIds : []));
		expect([...fromSources].sort()).toEqual(INDICATORS.map((indicator) => indicator.indicator_id).sort());
	});
});
