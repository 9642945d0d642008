/**
 * The hand-over (issue 12 §6): a draft as the data contract's files, `reports.csv` (one row per format,
 * with the submission date) and `responses.csv` (one row per answer with a code), written with the site's
 * one CSV writer (BOM and CRLF, which the pipeline reads), plus `manifest.json` naming the country, the
 * conventions and cycles, and a sha256 checksum of each file. One zip per report. Host-agnostic: the
 * browser exports with it and the pipeline's `--add` reads it.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { unzipInput } from '../open/unzip';
import { csvDocument, neutraliseFormula } from '../export/csv-format';
import type { Draft, DraftFormat } from './draft';
import { draftRows } from './draft-rows';

export const REPORT_KIND = 'national-report';
export const REPORTS_HEADER = ['convention_id', 'cycle_id', 'iso3', 'submitted'] as const;
export const RESPONSES_HEADER = ['convention_id', 'cycle_id', 'iso3', 'question_id', 'answer'] as const;

export interface ReportManifest {
	kind: typeof REPORT_KIND;
	iso3: string;
	conventions: string[];
	formats: DraftFormat[];
	submitted: string;
	exported_at: string;
	/** sha256 (hex) of each file in the zip. */
	files: Record<string, string>;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Values the CSV writer would change (a leading `=`, `+`, `-`, `@` that is not a number): refused, not corrupted. */
export function unsafeValues(draft: Draft): string[] {
	const { reports, responses } = draftRows(draft, '');
	return [...new Set([...reports, ...responses].flat().filter((value) => neutraliseFormula(value) !== value))];
}

/** The report's files: name → bytes, manifest.json last. */
export async function reportFiles(draft: Draft, submitted: string, now = new Date()): Promise<Record<string, Uint8Array>> {
	const { reports, responses } = draftRows(draft, submitted);
	const files: Record<string, Uint8Array> = {
		'reports.csv': strToU8(csvDocument(REPORTS_HEADER, reports)),
		'responses.csv': strToU8(csvDocument(RESPONSES_HEADER, responses))
	};
	const manifest: ReportManifest = {
		kind: REPORT_KIND,
		iso3: draft.iso3,
		conventions: [...new Set(draft.formats.map((f) => f.convention_id))],
		formats: draft.formats,
		submitted,
		exported_at: now.toISOString(),
		files: {}
	};
	for (const [name, bytes] of Object.entries(files)) manifest.files[name] = await sha256Hex(bytes);
	return { ...files, 'manifest.json': strToU8(JSON.stringify(manifest, null, 2) + '\n') };
}

export const reportZipName = (draft: Draft) => `report-${draft.iso3}-${draft.formats.map((f) => f.cycle_id).join('-')}.zip`.replace(/[^A-Za-z0-9._-]/g, '_');

export async function reportZip(draft: Draft, submitted: string, now = new Date()): Promise<Uint8Array> {
	return zipSync(await reportFiles(draft, submitted, now), { mtime: now });
}

/** A report's files read back from a zip, checked against its manifest's checksums. */
export type OpenedReport = { ok: true; manifest: ReportManifest; files: Record<string, string> } | { ok: false; problem: string };

/**
 * Unpacks a report zip (the files may sit in one folder inside it), with the same bomb and size limits as any
 * opened input (`open/unzip.ts`); a zip it cannot unpack throws with the reason and the fix.
 */
export function unzipReport(bytes: Uint8Array): Record<string, Uint8Array> {
	const unzipped = unzipInput({ name: 'report.zip', bytes });
	if (!unzipped.ok) throw new Error(`${unzipped.problem.message}; ${unzipped.problem.fix}`);
	const wanted = unzipped.files.filter((file) => /(^|\/)(manifest\.json|reports\.csv|responses\.csv)$/.test(file.name));
	return Object.fromEntries(wanted.map((file) => [file.name.split('/').pop()!, file.bytes]));
}

export async function openReport(files: Record<string, Uint8Array>): Promise<OpenedReport> {
	for (const name of ['manifest.json', 'reports.csv', 'responses.csv']) if (!files[name]) return { ok: false, problem: `missing ${name}` };
	let manifest: ReportManifest;
	try {
		manifest = JSON.parse(strFromU8(files['manifest.json']));
	} catch (error) {
		return { ok: false, problem: `manifest.json is not valid JSON (${(error as Error).message})` };
	}
	if (manifest?.kind !== REPORT_KIND || !Array.isArray(manifest.formats) || typeof manifest.files !== 'object')
		return { ok: false, problem: 'manifest.json is not a national report’s manifest' };
	for (const name of ['reports.csv', 'responses.csv']) {
		if (manifest.files[name] !== (await sha256Hex(files[name]))) return { ok: false, problem: `${name} does not match its checksum in manifest.json` };
	}
	return { ok: true, manifest, files: { 'reports.csv': strFromU8(files['reports.csv']), 'responses.csv': strFromU8(files['responses.csv']) } };
}
