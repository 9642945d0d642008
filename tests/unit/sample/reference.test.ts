import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../../../src/pipeline/reference/conventions';
import { COUNTRIES } from '../../../src/pipeline/reference/countries';
import { FRAMEWORK } from '../../../src/pipeline/reference/framework';
import { TARGET_INDICATORS } from '../../../src/lib/indicators/framework';

describe('framework', () => {
	const byLevel = (level: string) => FRAMEWORK.filter((element) => element.level === level);

	it('has 7 focal areas, 11 goals and 21 targets', () => {
		expect(byLevel('focal_area').map((e) => e.element_id)).toEqual(['fa1', 'fa2', 'fa3', 'fa4', 'fa5', 'fa6', 'fa7']);
		expect(byLevel('goal')).toHaveLength(11);
		expect(byLevel('target')).toHaveLength(21);
	});

	it('links every target to its goal and every goal to its focal area', () => {
		const ids = new Map(FRAMEWORK.map((element) => [element.element_id, element]));
		expect(ids.get('t1.1')).toMatchObject({ parent_id: 'g1', code: '1.1' });
		expect(ids.get('g1')).toMatchObject({ parent_id: 'fa1', code: '1' });
		expect(ids.get('fa1')).toMatchObject({ parent_id: null, code: 'A' });
		expect(ids.get('t11.2')?.parent_id).toBe('g11');
		expect(ids.get('g11')?.parent_id).toBe('fa7');
		for (const element of FRAMEWORK.filter((e) => e.parent_id !== null)) {
			const parent = ids.get(element.parent_id!);
			expect(parent?.level).toBe(element.level === 'target' ? 'goal' : 'focal_area');
		}
	});

	it('keeps the official wording and the relevant indicators of each target', () => {
		const t43 = FRAMEWORK.find((element) => element.element_id === 't4.3');
		expect(t43?.title).toBe('No species of wild flora or fauna endangered by international trade');
		expect(TARGET_INDICATORS.size).toBe(21);
		expect(TARGET_INDICATORS.get('t1.1')).toContain('Coverage of protected areas');
	});
});

describe('countries', () => {
	const byIso3 = new Map(COUNTRIES.map((country) => [country.iso3, country]));

	it('uses the UN M49 region and subregion', () => {
		expect(byIso3.get('AGO')).toMatchObject({ name: 'Angola', region: 'Africa', subregion: 'Sub-Saharan Africa' });
		expect(byIso3.get('USA')).toMatchObject({ region: 'Americas', subregion: 'Northern America' });
		expect(byIso3.get('BRA')?.subregion).toBe('Latin America and the Caribbean');
	});

	it("falls back to world-countries' regions where M49 has no entry", () => {
		expect(byIso3.get('TWN')).toMatchObject({ region: 'Asia', subregion: 'Eastern Asia' });
		expect(byIso3.get('UNK')).toMatchObject({ name: 'Kosovo', region: 'Europe' });
	});

	it('gives every country a unique ISO3, a name, a region and a subregion', () => {
		expect(byIso3.size).toBe(COUNTRIES.length);
		for (const country of COUNTRIES) {
			expect(country.iso3).toMatch(/^[A-Z]{3}$/);
			expect(country.name && country.region && country.subregion).toBeTruthy();
		}
		expect(COUNTRIES.filter((country) => country.unMember).length).toBeGreaterThanOrEqual(193);
	});
});

it('lists the five conventions', () => {
	expect(CONVENTIONS.map((convention) => convention.convention_id)).toEqual(['cbd', 'cites', 'cms', 'ramsar', 'whc']);
});
