/** Every indicator chart's source line: who publishes the data, whether it is real or the sample, licence, citation. */
import { t } from '../i18n';
import type { Indicator } from '../queries/indicators/catalogue';

export function indicatorSourceLine(indicator: Indicator): string {
	return t('indicator.source', {
		source: indicator.source ?? t('indicator.source.unknown'),
		kind: t(`indicator.source.sentence.${indicator.kind}`),
		licence: indicator.licence ?? t('indicator.source.unknown'),
		citation: indicator.citation ?? indicator.source ?? t('indicator.source.unknown')
	});
}

/** The short form, for lists: source, kind and licence. */
export function indicatorSourceShort(indicator: Indicator): string {
	return t('indicator.source.short', {
		source: indicator.source ?? t('indicator.source.unknown'),
		kind: t(`indicator.source.kind.${indicator.kind}`),
		licence: indicator.licence ?? t('indicator.source.unknown')
	});
}
