import { expect, it } from 'vitest';
import { questionCounts, DEFAULT_QUESTION_COUNTS } from '../../../src/pipeline/sample/size';
import { generateInTemp } from './generated';

it.each([3000, 20_000])('lands within 10%% of %i asked responses', async (asked) => {
	const { summary, remove } = await generateInTemp({ responses: asked });
	try {
		expect(Math.abs(summary.responses - asked) / asked).toBeLessThanOrEqual(0.1);
	} finally {
		await remove();
	}
});

it('scales question counts to a million responses without generating them', () => {
	const submitted = new Map(Object.keys(DEFAULT_QUESTION_COUNTS).map((id) => [id, 120]));
	const counts = questionCounts(submitted, 1_000_000);
	const total = [...counts].reduce((sum, [id, count]) => sum + count * submitted.get(id)!, 0);
	expect(Math.abs(total - 1_000_000) / 1_000_000).toBeLessThan(0.01);
});

it('keeps the default counts when no size is asked', () => {
	const submitted = new Map(Object.keys(DEFAULT_QUESTION_COUNTS).map((id) => [id, 100]));
	expect(Object.fromEntries(questionCounts(submitted))).toEqual(DEFAULT_QUESTION_COUNTS);
});
