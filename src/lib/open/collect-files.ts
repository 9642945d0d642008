/**
 * Sort the chosen files into what they are: the contract's CSV files (and sample.json), or the Parquet files and
 * manifest.json of the Download page. One .zip is unpacked first. Files of a kind that cannot be input (a
 * spreadsheet, a PDF…) are problems that say what to do; other files beside the contract's (a README) are
 * ignored, as the CLI ignores them in an input folder.
 */
import { TABLE_SPECS } from '../../core/contract/input-spec';
import type { Problem } from '../../core/problems';
import type { OpenedFile } from './open-types';
import { unzipInput } from './unzip';

export type Collected =
	| { ok: true; kind: 'csv'; folder: string; files: Map<string, { label: string; bytes: Uint8Array }> }
	| { ok: true; kind: 'parquet'; folder: string; files: Map<string, { label: string; bytes: Uint8Array }> }
	| { ok: false; problems: Problem[] };

const CONTRACT_FILES = new Set([...TABLE_SPECS.map((spec) => spec.file), 'sample.json']);
const SPREADSHEETS = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const NOT_INPUT = /\.(pdf|docx?|odt|rtf|html?|xml|png|jpe?g|gif|gz|tgz|7z|rar|tar)$/i;

export function collectFiles(chosen: OpenedFile[]): Collected {
	let files = chosen;
	if (chosen.length === 1 && /\.zip$/i.test(chosen[0].name)) {
		const unzipped = unzipInput(chosen[0]);
		if (!unzipped.ok) return { ok: false, problems: [unzipped.problem] };
		files = unzipped.files;
	}
	const problems: Problem[] = [];
	for (const file of files) {
		if (SPREADSHEETS.test(file.name))
			problems.push({
				file: file.name,
				message: 'is a spreadsheet workbook, not a CSV file',
				fix: 'save each sheet as "CSV UTF-8 (comma delimited)" under its contract name (e.g. responses.csv) and open those files'
			});
		else if (/\.zip$/i.test(file.name))
			problems.push({ file: file.name, message: 'is a zip among other files', fix: 'open one zip on its own, or the CSV files themselves' });
		else if (NOT_INPUT.test(file.name))
			problems.push({
				file: file.name,
				message: 'is not a CSV file of the contract',
				fix: "open the contract's CSV files (see the template), or one zip of them"
			});
	}
	if (problems.length > 0) return { ok: false, problems };

	const parquet = files.some((file) => /\.parquet$/i.test(file.name));
	const wanted = (base: string) => (parquet ? base === 'manifest.json' || /\.parquet$/i.test(base) : CONTRACT_FILES.has(base));
	const byName = new Map<string, { label: string; bytes: Uint8Array }>();
	for (const file of files) {
		const base = baseName(file.name);
		if (!wanted(base)) continue;
		const earlier = byName.get(base);
		if (earlier) {
			problems.push({ file: file.name, message: `is a second ${base} (the first is ${earlier.label})`, fix: `open one ${base} only` });
			continue;
		}
		byName.set(base, { label: file.name, bytes: file.bytes });
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, kind: parquet ? 'parquet' : 'csv', folder: commonFolder(files.map((file) => file.name)), files: byName };
}

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/** The folder all files are in ("" for loose files), which problems about the whole input name. */
function commonFolder(names: string[]): string {
	const folders = names.map((name) => name.slice(0, Math.max(0, name.lastIndexOf('/'))));
	return folders.every((folder) => folder === folders[0]) ? folders[0] : '';
}
