/**
 * `--add report.zip` (or an unzipped report folder, several times): national reports handed over by the
 * reporting studio, merged into a temporary copy of the input before it is validated. Each added report
 * (convention, cycle, country) replaces that report's row in reports.csv and all its rows in responses.csv;
 * everything else is the input as it is. The copy then goes through the pipeline like any input, so an
 * added report meets every check of the contract. The input folder itself is never written to.
 */
import { parse } from 'csv-parse/sync';
import { cp, lstat, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openReport, unzipReport, type ReportManifest } from '../lib/report/report-files';
import { CSV_OPTIONS } from '../core/read/csv-options';

export type MergedInput = { ok: true; dir: string; added: ReportManifest[]; cleanup(): Promise<void> } | { ok: false; problems: string[] };

type Row = Record<string, string>;
const reportKey = (row: Row) => `${row.convention_id}|${row.cycle_id}|${row.iso3}`;

export async function mergeReports(input: string, adds: string[], real: string | undefined): Promise<MergedInput> {
	if (real && (await exists(path.join(input, 'sample.json'))))
		return {
			ok: false,
			problems: [
				`--add: ${input} is a generated sample, which --real generates again (the added reports would be lost); run with --real '' to add reports to it`
			]
		};
	const reports: { manifest: ReportManifest; files: Record<string, string>; from: string }[] = [];
	const problems: string[] = [];
	for (const add of adds) {
		const opened = await readReport(add);
		if (opened.ok) reports.push({ ...opened, from: add });
		else problems.push(`${add}: ${opened.problem}`);
	}
	if (problems.length) return { ok: false, problems };

	const temp = await mkdtemp(path.join(os.tmpdir(), 'pipeline-add-'));
	const cleanup = () => rm(temp, { recursive: true, force: true });
	try {
		const dir = path.join(temp, path.basename(path.resolve(input)));
		await cp(input, dir, { recursive: true });
		const replaced = new Set(reports.flatMap(({ files }) => rows(files['reports.csv']).map(reportKey)));
		for (const name of ['reports.csv', 'responses.csv']) {
			const file = path.join(dir, name);
			const text = await readFile(file, 'utf8');
			const [header] = parse(text, { ...CSV_OPTIONS, to: 1 }) as string[][];
			const kept = rows(text).filter((row) => !replaced.has(reportKey(row)));
			const added = reports.flatMap(({ files }) => rows(files[name]));
			await writeFile(file, [header, ...[...kept, ...added].map((row) => header.map((column) => row[column] ?? ''))].map(csvLine).join('\n') + '\n');
		}
		return { ok: true, dir, added: reports.map((r) => r.manifest), cleanup };
	} catch (error) {
		await cleanup();
		return { ok: false, problems: [`--add: ${(error as Error).message}`] };
	}
}

function rows(text: string): Row[] {
	return parse(text, { ...CSV_OPTIONS, columns: true }) as Row[];
}

/** RFC 4180 quoting, values written exactly as read (the merged copy is input, not a spreadsheet export). */
const csvLine = (cells: string[]) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');

async function readReport(add: string) {
	try {
		const stat = await lstat(add);
		const files: Record<string, Uint8Array> = {};
		if (stat.isDirectory()) {
			for (const name of await readdir(add))
				if (/^(manifest\.json|reports\.csv|responses\.csv)$/.test(name)) files[name] = await readFile(path.join(add, name));
		} else Object.assign(files, unzipReport(await readFile(add)));
		return openReport(files);
	} catch (error) {
		return { ok: false as const, problem: (error as Error).message };
	}
}

const exists = (file: string) =>
	lstat(file).then(
		() => true,
		() => false
	);
