import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '../queries/search';
import { adviseNotFound } from './suggest';

const entries: SearchEntry[] = [
	{ kind: 'country', id: 'KEN', name: 'Kenya', region: 'Africa' },
	{ kind: 'country', id: 'KOR', name: 'Republic of Korea', region: 'Asia' },
	{ kind: 'convention', id: 'cms', name: 'Convention on Migratory Species', short_name: 'CMS' },
	{ kind: 'element', id: 't6.1', level: 'target', code: '6.1', title: 'Pathways for invasive alien species controlled' },
	{ kind: 'element', id: 'g6', level: 'goal', code: '6', title: 'Control threats from invasive alien species' }
];

describe('adviseNotFound', () => {
	it('redirects a case variant of an id to the page', () => {
		expect(adviseNotFound('/countries/ken/', entries)).toMatchObject({ section: 'countries', redirect: '/countries/KEN/' });
		expect(adviseNotFound('/conventions/CMS/', entries).redirect).toBe('/conventions/cms/');
		expect(adviseNotFound('/targets/T6.1/', entries).redirect).toBe('/targets/t6.1/');
	});

	it('suggests the nearest page of the same kind for a typo, or nothing when none is near', () => {
		expect(adviseNotFound('/countries/KNE/', entries)).toMatchObject({ redirect: null, suggestion: { id: 'KEN' } });
		expect(adviseNotFound('/countries/Kenia/', entries).suggestion?.id).toBe('KEN');
		expect(adviseNotFound('/countries/XXX/', entries)).toEqual({ section: 'countries', redirect: null, suggestion: null });
		expect(adviseNotFound('/targets/t99/', entries)).toEqual({ section: 'targets', redirect: null, suggestion: null });
		expect(adviseNotFound('/targets/t6.2/', entries).suggestion?.id).toBe('t6.1');
	});

	it('gives no advice outside the sections with ids', () => {
		expect(adviseNotFound('/nowhere/', entries)).toEqual({ section: null, redirect: null, suggestion: null });
		expect(adviseNotFound('/countries/', entries).section).toBe(null);
	});
});
