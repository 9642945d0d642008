/**
 * Decides what a source row is about: a reference country (by ISO3) or an aggregate (kept, with a code and a
 * kind). A code that looks like a country but is not one is a problem, never dropped.
 */
import { quote } from '../../core/problems';
import { WORLD_ENTITY } from '../../lib/indicators/entities';
import { namedAggregate, worldBankAggregate } from './aggregates';
import { countryIso3, countryIso3ByName } from './reference-codes';
import type { Aggregate } from './types';

export type Resolved = { ok: true; code: string; aggregate: Aggregate | null } | { ok: false; column: string; message: string; fix: string };

const country = (iso3: string): Resolved => ({ ok: true, code: iso3, aggregate: null });
const aggregate = (entity: Aggregate): Resolved => ({ ok: true, code: entity.code, aggregate: entity });
const fail = (column: string, message: string, fix: string): Resolved => ({ ok: false, column, message, fix });

/** OWID: countries carry their ISO3; regions have an empty code; the World and some groups an OWID_* code. */
export function resolveOwidEntity(name: string, code: string): Resolved {
	if (code === 'OWID_WRL') return aggregate(WORLD_ENTITY);
	if (code === '') {
		if (name === '') return fail('entity', 'entity and code are both empty', 'name the entity, and give its ISO3 code if it is a country');
		const named = countryIso3ByName(name);
		return named ? country(named) : aggregate(namedAggregate(name));
	}
	const iso3 = countryIso3(code);
	if (iso3) return country(iso3);
	if (code.startsWith('OWID_')) return aggregate(namedAggregate(name || code, code));
	return fail(
		'code',
		`${quote(code)} (${quote(name)}) is not the ISO3 code of a reference country`,
		'correct the code, or leave it empty if the row is a region or other group (it is then kept as an aggregate)'
	);
}

/** World Bank: the file says which codes are aggregates; every other code must be a reference country. */
export function resolveWorldBankEntity(code: string, name: string, isAggregate: boolean): Resolved {
	if (code === '') return fail('iso3', 'value is empty', 'fill in the country or aggregate code');
	const iso3 = countryIso3(code);
	if (isAggregate) {
		if (iso3) return fail('is_aggregate', `${quote(code)} is a country but is marked as an aggregate`, 'write False for countries');
		return aggregate(worldBankAggregate(code, name || code));
	}
	if (iso3) return country(iso3);
	return fail(
		'iso3',
		`${quote(code)} (${quote(name)}) is not the ISO3 code of a reference country`,
		'correct the code, or write True in is_aggregate if the row is a region or group'
	);
}
