/**
 * An address the published build has no page for (so 404.html is served) may name a convention, country, framework
 * element or outcome indicator of the user's opened data: then the page is computed here and drawn client-side by
 * the 404 route.
 */
import { base } from '$app/paths';
import { getDb } from '$lib/db/client';
import { isLocale } from '$lib/i18n/locales';
import { conventionData, countryData, indicatorData, openedActive, targetData } from './opened-pages';

export type OpenedEntityPage =
	| { kind: 'convention'; data: NonNullable<Awaited<ReturnType<typeof conventionData>>> }
	| { kind: 'country'; data: NonNullable<Awaited<ReturnType<typeof countryData>>> }
	| { kind: 'target'; data: NonNullable<Awaited<ReturnType<typeof targetData>>> }
	| { kind: 'indicator'; data: NonNullable<Awaited<ReturnType<typeof indicatorData>>> };

const ENTITY_PATH = /^\/(conventions|countries|targets|indicators)\/([^/]+)\/?$/;

export async function openedEntityPage(url: URL): Promise<OpenedEntityPage | null> {
	if (!openedActive()) return null;
	const path = url.pathname.slice(base.length);
	const first = path.split('/')[1];
	const match = ENTITY_PATH.exec(isLocale(first) ? path.slice(first.length + 1) : path);
	if (!match) return null;
	const [, section, raw] = match;
	const id = decodeURIComponent(raw);
	const db = await getDb();
	if (section === 'conventions') {
		const data = await conventionData(db, id);
		return data && { kind: 'convention', data };
	}
	if (section === 'countries') {
		const data = await countryData(db, id);
		return data && { kind: 'country', data };
	}
	if (section === 'indicators') {
		const data = await indicatorData(db, id);
		return data && { kind: 'indicator', data };
	}
	const data = await targetData(db, id);
	return data && { kind: 'target', data };
}
