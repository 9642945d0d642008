/**
 * Importer for IEADB membership rows (`convention,…,iso3,…,entry_into_force_date,is_party`) into the contract's
 * parties.csv: one row per State Party, joined = the date the convention entered into force for it.
 * Rows of potential members (is_party "no", no date) are left out: they are not memberships.
 */
import { quote, type Problem } from '../../core/problems';
import { CONVENTION_IDS } from '../reference/conventions';
import { parseSourceCsv, type ColumnSpec } from './csv-text';
import { parseBoolean, parseDate } from './fields';
import { countryIso3 } from './reference-codes';
import type { Importer, PartyRow } from './types';
import { failedImport } from './value-collector';

const COLUMNS: ColumnSpec[] = [{ name: 'convention' }, { name: 'iso3' }, { name: 'entry_into_force_date' }, { name: 'is_party' }];

type Issue = { column: string; message: string; fix: string };

export const ieadbPartiesImporter: Importer<PartyRow> = (text, { file }) => {
	const parsed = parseSourceCsv(text, file, COLUMNS);
	if (!parsed.ok) return failedImport(parsed.problems);
	const problems: Problem[] = [...parsed.problems];
	const rows: PartyRow[] = [];
	const firstLine = new Map<string, number>();
	parsed.rows.values.forEach((values, i) => {
		const line = parsed.rows.lines[i];
		const membership = readMembership(values);
		if ('issues' in membership) return problems.push(...membership.issues.map((issue) => ({ file, line, ...issue })));
		if (membership.row === null) return;
		const { convention_id, iso3 } = membership.row;
		const earlier = firstLine.get(`${convention_id} ${iso3}`);
		if (earlier !== undefined)
			return problems.push({
				file,
				line,
				column: 'iso3',
				message: `${iso3} is a party of ${convention_id} twice (first on line ${earlier})`,
				fix: 'keep one membership row per convention and country'
			});
		firstLine.set(`${convention_id} ${iso3}`, line);
		rows.push(membership.row);
	});
	return { rows: problems.length > 0 ? [] : rows, aggregates: [], problems, records: parsed.rows.values.length + parsed.problems.length, emptyValues: 0 };
};

/** The membership a row records, null for a non-party, or what is wrong with it. */
function readMembership([convention, code, dateText, partyText]: string[]): { row: PartyRow | null } | { issues: Issue[] } {
	const issues: Issue[] = [];
	const conventionId = convention.toLowerCase();
	const iso3 = countryIso3(code);
	const isParty = parseBoolean(partyText, 'yes', 'no');
	const joined = dateText === '' ? null : parseDate(dateText);
	if (!(CONVENTION_IDS as readonly string[]).includes(conventionId))
		issues.push({ column: 'convention', message: `${quote(convention)} is not one of the conventions`, fix: `use ${CONVENTION_IDS.join(', ')} (any case)` });
	if (!iso3) issues.push({ column: 'iso3', message: `${quote(code)} is not the ISO3 code of a reference country`, fix: 'correct the code' });
	if (!isParty.ok) issues.push({ column: 'is_party', message: isParty.message, fix: isParty.fix });
	if (joined && !joined.ok) issues.push({ column: 'entry_into_force_date', message: joined.message, fix: joined.fix });
	if (isParty.ok && isParty.value !== (joined !== null))
		issues.push({
			column: 'entry_into_force_date',
			message: isParty.value ? 'empty for a party' : `${quote(dateText)} given for a row that is not a party`,
			fix: 'a party needs the date the convention entered into force for it; a non-party has none'
		});
	if (issues.length > 0) return { issues };
	return { row: joined?.ok && iso3 ? { convention_id: conventionId, iso3, joined: joined.value } : null };
}
