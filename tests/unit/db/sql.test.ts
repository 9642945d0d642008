import { describe, expect, test } from 'vitest';
import { fragment, identifier, sql } from '../../../src/lib/db/sql';

describe('sql tagged template', () => {
	test('values become parameters, never SQL text', () => {
		const evil = "cbd'; DROP TABLE status; --";
		const query = sql`SELECT * FROM status WHERE convention_id = ${evil} AND year > ${2005}`;
		expect(query.text).toBe('SELECT * FROM status WHERE convention_id = ? AND year > ?');
		expect(query.params).toEqual([evil, 2005]);
	});

	test('fragments are spliced as SQL with their parameters in order', () => {
		const inner = fragment(sql`SELECT iso3 FROM parties WHERE convention_id = ${'cms'}`);
		const query = sql`WITH p AS (${inner}) SELECT * FROM p WHERE iso3 = ${'KEN'}`;
		expect(query.text).toBe('WITH p AS (SELECT iso3 FROM parties WHERE convention_id = ?) SELECT * FROM p WHERE iso3 = ?');
		expect(query.params).toEqual(['cms', 'KEN']);
	});

	test('identifiers accept plain names only', () => {
		expect(sql`SELECT * FROM ${identifier('element_status')}`.text).toBe('SELECT * FROM "element_status"');
		expect(() => identifier('status; DROP TABLE x')).toThrow(/Not a plain SQL identifier/);
	});
});
