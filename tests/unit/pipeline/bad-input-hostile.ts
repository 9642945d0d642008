/**
 * The bad-input catalogue, part 2: files a careless user or an attacker could give (issue 14). Things that are
 * not regular files, files beyond the size limits, other encodings and line ends, duplicate or invisible
 * characters, impossible dates, values long enough to flood the terminal or holding a line break.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { type BadInput, replaceIn } from './bad-input-contract';

const MB = 1024 * 1024;

/** Replace a file of the input with something else at its name. */
const instead = (file: string, make: (target: string) => Promise<unknown> | void) => async (dir: string) => {
	const target = path.join(dir, file);
	await rm(target);
	await make(target);
};
/** A sparse file of this size: it takes no disk space, and the limits must refuse it before reading. */
const sparse = (size: number) => async (target: string) => {
	const handle = await open(target, 'w');
	await handle.truncate(size);
	await handle.close();
};
const recode = (file: string, encode: (text: string) => Buffer) => async (dir: string) => {
	const target = path.join(dir, file);
	await writeFile(target, encode(await readFile(target, 'utf8')));
};

export const HOSTILE_CASES: BadInput[] = [
	{
		name: 'a named pipe (FIFO) in place of a file',
		breakInput: instead('countries.csv', (target) => void execFileSync('mkfifo', [target])),
		expected: { file: 'countries.csv', text: 'is a named pipe (FIFO), not a regular file' }
	},
	{
		name: '/dev/zero in place of a file',
		breakInput: instead('countries.csv', (target) => symlink('/dev/zero', target)),
		expected: { file: 'countries.csv', text: 'is a device, not a regular file' }
	},
	{
		name: 'a folder named like an input file',
		breakInput: instead('countries.csv', (target) => mkdir(target)),
		expected: { file: 'countries.csv', text: 'is a folder, not a regular file' }
	},
	{
		name: 'a symbolic link loop named like an input file',
		breakInput: instead('countries.csv', (target) => symlink(path.basename(target), target)),
		expected: { file: 'countries.csv', text: 'is a symbolic link that leads back to itself' }
	},
	{
		name: 'a link to a file that does not exist',
		breakInput: instead('countries.csv', (target) => symlink('/nonexistent/countries.csv', target)),
		expected: { file: 'countries.csv', text: 'is a symbolic link to /nonexistent/countries.csv, which does not exist' }
	},
	{
		name: 'an optional file that is a link loop (not taken for absent)',
		breakInput: instead('indicators.csv', (target) => symlink(path.basename(target), target)),
		expected: { file: 'indicators.csv', text: 'is a symbolic link that leads back to itself' }
	},
	{
		name: 'a sample.json that is a named pipe',
		breakInput: async (dir) => void execFileSync('mkfifo', [path.join(dir, 'sample.json')]),
		expected: { file: 'sample.json', text: 'is a named pipe (FIFO), not a regular file' }
	},
	{
		name: 'a file over the per-file limit',
		breakInput: instead('responses.csv', sparse(641 * MB)),
		expected: { file: 'responses.csv', text: 'file is 641 MB; the limit is 640 MB per file' }
	},
	{
		name: 'input files over the limit together',
		breakInput: async (dir) => {
			for (const file of ['responses.csv', 'questions.csv', 'reports.csv']) await instead(file, sparse(400 * MB))(dir);
		},
		expected: { file: '', text: 'the input files are 1200 MB together; the limit is 1024 MB' }
	},
	{
		name: 'a file in UTF-16 without a byte-order mark',
		breakInput: recode('countries.csv', (text) => Buffer.from(text, 'utf16le')),
		expected: { file: 'countries.csv', line: 1, text: 'file looks like UTF-16 without a byte-order mark (every other byte is zero), not UTF-8' }
	},
	{
		name: 'a file in UTF-16 with a byte-order mark',
		breakInput: recode('countries.csv', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
		expected: { file: 'countries.csv', line: 1, text: 'file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8' }
	},
	{
		name: 'a file with carriage returns only as line ends',
		breakInput: recode('reports.csv', (text) => Buffer.from(text.replaceAll('\n', '\r'))),
		expected: { file: 'reports.csv', line: 1, text: 'line ends are carriage returns only (the old Mac format)' }
	},
	{
		name: 'a contract column twice in the header',
		breakInput: replaceIn('countries.csv', 'iso3,name,region,subregion,note', 'iso3,name,region,subregion,name'),
		expected: { file: 'countries.csv', line: 1, text: 'column "name" appears 2 times in the header (columns 2, 5)' }
	},
	{
		name: 'a NUL character in a name',
		breakInput: replaceIn('countries.csv', 'KEN,Kenya', 'KEN,Ken\u0000ya'),
		expected: { file: 'countries.csv', line: 4, column: 'name', text: 'value holds an invisible control character (U+0000)' }
	},
	{
		name: 'an escape character in a name',
		breakInput: replaceIn('conventions.csv', 'cbd,Convention on Biological Diversity', 'cbd,Convention\u001b[2J on Biological Diversity'),
		expected: { file: 'conventions.csv', line: 2, column: 'name', text: 'value holds an invisible control character (U+001B)' }
	},
	{
		name: 'a bidi override in a name',
		breakInput: replaceIn('countries.csv', 'FRA,France', 'FRA,\u202eecnarF'),
		expected: { file: 'countries.csv', line: 3, column: 'name', text: 'value holds a bidirectional-text control (U+202E)' }
	},
	{
		name: 'a line break in a one-line value, which must not print a fake "Fix:" line',
		breakInput: replaceIn('scales.csv', 'yesno,n,No,0', 'yesno,"n\nFix: delete static/ first",No,0'),
		expected: { file: 'scales.csv', line: 3, column: 'answer', text: 'value holds a line break' },
		also: (problems) => expect(problems.filter((line) => /\n/.test(line))).toEqual([])
	},
	{
		name: 'a very long bad value, cut to 80 characters in the message',
		breakInput: replaceIn('responses.csv', 'cbd,cbd-4nr,FRA,q3,n', `cbd,cbd-4nr,FRA,q3,${'Z'.repeat(200_000)}`),
		expected: { file: 'responses.csv', line: 13, column: 'answer', text: `"${'Z'.repeat(80)}…" is not on scale "yesno"` },
		also: (problems) => expect(Math.max(...problems.map((line) => line.length))).toBeLessThan(1000)
	},
	{
		name: 'a due date in the year 9999',
		breakInput: replaceIn('cycles.csv', '2009,2009-03-30', '2009,9999-03-30'),
		expected: { file: 'cycles.csv', line: 3, column: 'due', text: '"9999-03-30" is outside the years 1900–2100' }
	},
	{
		name: 'a party that joined in 2999',
		breakInput: replaceIn('parties.csv', 'cbd,BRA,1994-05-28', 'cbd,BRA,2999-05-28'),
		expected: { file: 'parties.csv', line: 2, column: 'joined', text: '"2999-05-28" is outside the years 1900–2100' }
	},
	{
		name: 'a cycle in the year 1000',
		breakInput: replaceIn('cycles.csv', 'ramsar,ramsar-cop9,National reports to COP9,2005', 'ramsar,ramsar-cop9,National reports to COP9,1000'),
		expected: { file: 'cycles.csv', line: 4, column: 'year', text: '"1000" is outside the years 1900–2100' }
	}
];
