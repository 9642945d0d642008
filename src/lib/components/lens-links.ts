/**
 * Links between the lenses, with the trailing slash the prerendered pages live at (the route-id form of
 * `resolve` drops it for dynamic routes' types). A target link can carry the convention to show.
 */
import { localHref } from '$lib/i18n/paths';

export const conventionHref = (id: string) => localHref(`/conventions/${id}/`);

export const countryHref = (iso3: string) => localHref(`/countries/${iso3}/`);

export function targetHref(elementId: string, convention: string | null = null): string {
	const href = localHref(`/targets/${elementId}/`);
	return convention ? `${href}?convention=${encodeURIComponent(convention)}` : href;
}
