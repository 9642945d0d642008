/**
 * Entities that are not countries (World, regions, income groups, other groupings) are kept as aggregates
 * with a stable code and a kind: the World is always WLD, World Bank aggregates keep their code, others get
 * a code made from their name.
 */
import { WORLD, WORLD_ENTITY, type AggregateKind } from '../../lib/indicators/entities';
import { AGGREGATE_PREFIX } from './contract';
import type { Aggregate } from './types';

const WORLD_BANK_KINDS: Record<string, AggregateKind> = {
	WLD: 'world',
	...Object.fromEntries(['HIC', 'LIC', 'LMC', 'LMY', 'MIC', 'UMC'].map((code) => [code, 'income_group'])),
	...Object.fromEntries(
		[
			'AFE',
			'AFW',
			'ARB',
			'CEB',
			'EAP',
			'EAS',
			'ECA',
			'ECS',
			'LAC',
			'LCN',
			'MEA',
			'MNA',
			'NAC',
			'SAS',
			'SSA',
			'SSF',
			'TEA',
			'TEC',
			'TLA',
			'TMN',
			'TSA',
			'TSS'
		].map((code) => [code, 'region'])
	)
};

/** Lending groups, demographic-dividend groups, small states, EU, OECD… are 'other'. */
export function worldBankAggregate(code: string, name: string): Aggregate {
	return code === WORLD ? WORLD_ENTITY : { code, name, kind: WORLD_BANK_KINDS[code] ?? 'other' };
}

const CONTINENTS = new Set(['africa', 'asia', 'europe', 'north america', 'south america', 'oceania', 'antarctica']);
/** OWID marks regions by the body that defines them: "Northern Africa (UN)", "Africa (FAO)", "Europe and Northern America (UN SDG)". */
const REGION_QUALIFIER = /\((UN|UN SDG|FAO|WB|WHO)\)$/;

export function kindFromName(name: string): AggregateKind {
	if (name.toLowerCase() === 'world') return 'world';
	if (/\bincome\b/i.test(name)) return 'income_group';
	if (CONTINENTS.has(name.toLowerCase()) || REGION_QUALIFIER.test(name)) return 'region';
	return 'other';
}

/** "Sub-Saharan Africa (UN SDG)" → "AGG_SUB_SAHARAN_AFRICA_UN_SDG": the qualifier stays, as regions of different bodies differ. */
export function aggregateCode(name: string): string {
	const words = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return AGGREGATE_PREFIX + words;
}

/** An aggregate named by a source without a usable code (OWID leaves the code of regions empty). */
export function namedAggregate(name: string, code = ''): Aggregate {
	const kind = kindFromName(name);
	if (kind === 'world') return WORLD_ENTITY;
	return { code: code === '' ? aggregateCode(name) : code, name, kind };
}
