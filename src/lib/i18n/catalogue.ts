/**
 * What one language brings: its UI messages, and the labels of the data it translates (framework wording,
 * convention, region, indicator names; country names come from i18n-iso-countries). Each language's
 * catalogue is loaded on demand, so a page ships only the language it shows.
 */
import type { LocaleData } from 'i18n-iso-countries';
import { en, type MessageKey } from './en';
import type { Locale } from './locales';

export type Messages = Record<MessageKey, string>;

export interface DataLabels {
	/**
	 * False where the framework's wording below is this project's translation, not the official text of
	 * COP decisions VII/30 and VIII/15 (the pages then say so).
	 */
	frameworkOfficial: boolean;
	/** element_id → title of the focal area, goal or target. */
	framework: Record<string, string>;
	/** convention_id → full name. */
	conventions: Record<string, string>;
	/** English region or subregion name (UN M49, as in the data) → name. */
	regions: Record<string, string>;
	/** indicator_id → name. */
	indicators: Record<string, string>;
	/** English name of an indicator entity that is not a country (World, regions, groups) → name. */
	entities: Record<string, string>;
}

export interface Catalogue {
	locale: Locale;
	messages: Messages;
	data: DataLabels;
	/** Country names by ISO code for i18n-iso-countries; null where the data's own (English) names are used. */
	countryNames: LocaleData | null;
}

export const ENGLISH: Catalogue = {
	locale: 'en',
	messages: en,
	data: { frameworkOfficial: true, framework: {}, conventions: {}, regions: {}, indicators: {}, entities: {} },
	countryNames: null
};

/** How each language's catalogue is fetched (a separate chunk per language). */
export const CATALOGUES: Record<Locale, () => Promise<Catalogue>> = {
	en: async () => ENGLISH,
	fr: async () => {
		const [{ fr }, { frData }, names] = await Promise.all([import('./fr'), import('./fr/data'), import('i18n-iso-countries/langs/fr.json')]);
		return { locale: 'fr', messages: fr, data: frData, countryNames: names.default as LocaleData };
	},
	es: async () => {
		const [{ es }, { esData }, names] = await Promise.all([import('./es'), import('./es/data'), import('i18n-iso-countries/langs/es.json')]);
		return { locale: 'es', messages: es, data: esData, countryNames: names.default as LocaleData };
	}
};
