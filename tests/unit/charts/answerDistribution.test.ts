import { describe, expect, it } from 'vitest';
import { answerDistributionChart, answerDistributionTable, answerSegments } from '../../../src/lib/charts/answerDistribution';
import { createDocument, expectSvgSnapshot } from './svg-snapshot';
import { questions } from './targetStatus.fixtures';

const title = 'Answers in CBD, Fourth national report (2009)';
const render = (width: number) => answerDistributionChart(questions, { width, document: createDocument(), title });

describe('answerSegments', () => {
	it('stacks scored answers lowest first, then not applicable, then no answer; shares of submitted reports', () => {
		const q9 = answerSegments(questions).filter((s) => s.question_id === 'q9');
		expect(q9.map((s) => [s.kind, s.answer, s.count, s.share])).toEqual([
			['scored', 'B', 5, 0.125],
			['scored', 'A', 20, 0.5],
			['not_applicable', 'Z', 15, 0.375],
			['no_answer', '', 0, 0]
		]);
	});
});

describe('answerDistributionChart', () => {
	it('matches the expected SVG', () => {
		expectSvgSnapshot(render(640), import.meta.dirname, 'answer-distribution');
	});

	it('matches the expected SVG on a phone (375 px)', () => {
		expectSvgSnapshot(render(375), import.meta.dirname, 'answer-distribution-narrow');
	});

	it('titles each segment with its answer, count and share', () => {
		const titles = [...render(640).querySelectorAll('rect > title')].map((t) => t.textContent);
		expect(titles).toContain('q1: Yes, 28 of 40 reports (70%)');
		expect(titles).toContain('q9: Not applicable, 15 of 40 reports (38%)');
		expect(titles).toContain('q2: No answer, 7 of 40 reports (18%)');
		expect(titles).toHaveLength(3 + 5 + 3); // segments with a count
	});

	it('colours scored answers by the class of their score, not-applicable grey', () => {
		const fills = [...render(640).querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
		expect(fills.slice(0, 3)).toEqual(['var(--status-not-started, #fed976)', 'var(--status-advanced, #253494)', 'var(--bg, #ffffff)']);
		expect(fills).toContain('var(--answer-na, #9e9e9e)');
		expect(fills).toContain('var(--status-early, #41b6c4)');
	});

	it('names answers in the bar where they fit', () => {
		const texts = [...render(640).querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toEqual(expect.arrayContaining(['Yes 28', 'Not applicable 15']));
	});

	it('names a narrow not-applicable segment by its short name, so it is not taken for no answer', () => {
		const texts = [...render(300).querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toContain('n/a 15');
		expect(texts).not.toContain('Not applicable 15');
	});

	it('has the accessible name it is given', () => {
		expect(render(640).getAttribute('aria-label')).toBe(title);
	});

	it('gives its table the same numbers, not-applicable apart', () => {
		const table = answerDistributionTable(questions, title);
		const q9 = table.columns.map((column) => column.cell(table.rows[2]));
		expect(q9).toEqual(['q9', 'Wetland inventory', 'No (B): 5 (13%); Yes (A): 20 (50%)', 'Not applicable (Z): 15 (38%)', '0 (0%)', '40']);
	});
});
