/**
 * A short, stable name for the data a briefing was printed from, so two printouts can be told apart: the
 * manifest's own `version` when it has one, else a fingerprint of every table's SHA-256 (the same files give
 * the same fingerprint; one changed table gives another).
 */
import type { Manifest } from '../schema';

export function dataFingerprint(manifest: Manifest): string {
	const declared = (manifest as Manifest & { version?: unknown }).version;
	if (typeof declared === 'string' && declared) return declared;
	const tables = Object.entries(manifest.tables ?? {})
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, table]) => `${name}:${table.sha256}`)
		.join('\n');
	return tables ? fnv1a(tables) : '';
}

/** FNV-1a, 32 bits, as 8 hex digits: a fingerprint, not a security check (the sha256s are that). */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
