import { useLocale } from '$lib/i18n';
import { localeFromParam } from '$lib/i18n/locales';
import { openedLayoutData } from '$lib/open/opened-layout';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

/** The page's language from its URL (`/fr/…`), loaded before anything renders; and the user's opened data, if any. */
export const load: LayoutLoad = async ({ params, data }) => {
	const locale = localeFromParam(params.lang);
	await useLocale(locale);
	return { ...data, locale, ...(await openedLayoutData()) };
};
