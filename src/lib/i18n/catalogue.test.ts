/** Every language says everything English says, with the same placeholders, and labels all of the data. */
import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../../pipeline/reference/conventions';
import { COUNTRIES } from '../../pipeline/reference/countries';
import { FRAMEWORK } from '../../pipeline/reference/framework';
import { INDICATORS } from '../indicators/known';
import { CATALOGUES } from './catalogue';
import { en } from './en';
import { LOCALES } from './locales';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const translations = LOCALES.filter((locale) => locale !== 'en');

describe.each(translations)('the %s catalogue', (locale) => {
	it('has every English message, non-empty, with the same placeholders', async () => {
		const { messages } = await CATALOGUES[locale]();
		expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
		const wrong = Object.entries(en).filter(([key, english]) => {
			const message = messages[key as keyof typeof en];
			return !message?.trim() || placeholders(message).join() !== placeholders(english).join();
		});
		expect(wrong.map(([key]) => key)).toEqual([]);
	});

	it('is translated, not English left in place', async () => {
		const { messages } = await CATALOGUES[locale]();
		// A few messages may legitimately read the same (a code, "{count}", a name); most may not.
		const words = (message: string) => message.replace(/\{\w+\}/g, '');
		const same = Object.entries(en).filter(([key, english]) => messages[key as keyof typeof en] === english && /[a-z]{4}/i.test(words(english)));
		expect(same.length / Object.keys(en).length).toBeLessThan(0.05);
	});

	it('labels every framework element, convention, region and indicator of the data', async () => {
		const { data } = await CATALOGUES[locale]();
		const missing = (labels: Record<string, string>, keys: Iterable<string>) => [...new Set(keys)].filter((key) => !labels[key]?.trim());
		expect(
			missing(
				data.framework,
				FRAMEWORK.map((element) => element.element_id)
			)
		).toEqual([]);
		expect(
			missing(
				data.conventions,
				CONVENTIONS.map((convention) => convention.convention_id)
			)
		).toEqual([]);
		expect(
			missing(
				data.regions,
				COUNTRIES.flatMap((country) => [country.region, country.subregion])
			)
		).toEqual([]);
		expect(
			missing(
				data.indicators,
				INDICATORS.map((indicator) => indicator.indicator_id)
			)
		).toEqual([]);
		expect(data.frameworkOfficial).toBe(false);
	});

	it('names countries from i18n-iso-countries', async () => {
		const { countryNames } = await CATALOGUES[locale]();
		expect(countryNames?.locale).toBe(locale);
	});
});
