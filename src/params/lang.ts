import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';

/** `/fr/…`, `/es/…`: a language other than the default, which lives at the root. */
export const match: ParamMatcher = (param) => isLocale(param) && param !== DEFAULT_LOCALE;
