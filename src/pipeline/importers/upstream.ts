/**
 * Where each real source is published: raw files of pinned GitHub commits (PROVENANCE.md). Files already in
 * an importer's shape are saved under the importer's file name; the others keep their upstream name and
 * say how to reshape them.
 */
import path from 'node:path';
import { SOURCES, type Upstream } from './sources';

export const RAW_GITHUB = 'https://raw.githubusercontent.com';

export interface UpstreamFile {
	url: string;
	/** Name in the cache folder. */
	saveAs: string;
	/** null when the file can be imported as saved. */
	reshape: string | null;
}

export function upstreamUrl({ repo, commit, path: filePath }: Upstream, base = RAW_GITHUB): string {
	return `${base.replace(/\/+$/, '')}/${repo}/${commit}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

const WDI_COUNTRY_METADATA: Upstream = {
	repo: 'a-ture/SOSEarth',
	commit: '63613c7f738c48caf014cbbace7e62b6b0a190c0',
	path: 'Dati/WorldBank/API_ER/Metadata_Country_API_ER.PTD.TOTL.ZS_DS2_en_csv_v2_53310.csv',
	reshape: 'country metadata of the WDI download: tells aggregates (no region) from countries'
};

export function upstreamFiles(base = RAW_GITHUB): UpstreamFile[] {
	const sources = SOURCES.map(({ file, upstream }) => ({
		url: upstreamUrl(upstream, base),
		saveAs: upstream.reshape ? path.posix.basename(upstream.path) : file,
		reshape: upstream.reshape ?? null
	}));
	const metadata = {
		url: upstreamUrl(WDI_COUNTRY_METADATA, base),
		saveAs: path.posix.basename(WDI_COUNTRY_METADATA.path),
		reshape: WDI_COUNTRY_METADATA.reshape ?? null
	};
	return [...sources, metadata];
}
