/** A question of a convention's report format, as the sample's question banks describe it. */

import type { ScaleId } from '../scales';

export interface BankQuestion {
	/** Stable across the convention's cycles: the crosswalk is keyed by convention and question id. */
	id: string;
	scale: ScaleId;
	/** Codes of the 2010 targets the question speaks to (0–2), e.g. ['1.1', '5.1']. */
	targets: readonly string[];
	text: string;
	/** Cycles whose format has the question; absent = every cycle of the convention. */
	cycles?: readonly string[];
	/** Share of countries answering "not applicable", when the scale has that option. */
	naRate?: number;
	/** Questions sharing a group are not applicable to the same countries (e.g. those with no natural property). */
	naGroup?: string;
}

/** `question('Q1', 'yes_no', '1.1 5.1', 'Has …?')`: targets as space-separated codes, '' for none. */
export function question(
	id: string,
	scale: ScaleId,
	targets: string,
	text: string,
	extra: Pick<BankQuestion, 'cycles' | 'naRate' | 'naGroup'> = {}
): BankQuestion {
	return { id, scale, targets: targets.split(' ').filter(Boolean), text, ...extra };
}
