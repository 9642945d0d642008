/** How an indicator's change reads on screen: its symbol, words and colour (the change itself: src/lib/indicators/change.ts). */
import { t } from '../i18n';
import type { Change, Direction } from '../indicators/change';

export const DIRECTION_SYMBOL: Record<Direction, string> = { up: '▲', down: '▼', flat: '▶' };

/** "▲ rise, favourable": the symbol and the words, so that colour is never the only sign. */
export function directionLabel(change: Change | null): string {
	if (!change) return t('indicator.change.none');
	const direction = t(`indicator.direction.${change.direction}`);
	const verdict = change.verdict && change.verdict !== 'neutral' ? `, ${t(`indicator.verdict.${change.verdict}`)}` : '';
	return `${DIRECTION_SYMBOL[change.direction]} ${direction}${verdict}`;
}

/** Colour of a verdict (with its symbol and words beside it). */
export function verdictColor(change: Change | null): string {
	if (!change || change.verdict === null || change.verdict === 'neutral') return 'var(--muted, #555b61)';
	return change.verdict === 'favourable' ? 'var(--trend-good, #1f5fa8)' : 'var(--trend-bad, #b34700)';
}
