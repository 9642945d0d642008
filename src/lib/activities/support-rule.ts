/**
 * The task force's question, as one rule: where is support thin where status lags? A target is an
 * *opportunity* when its status lags (below "in progress") and at most one ongoing activity supports it; it is
 * *for a closer look* when many ongoing activities support it and its status has not moved up since the
 * previous cycle. A target without status is not judged. The methodology text states these thresholds.
 */
export const SUPPORT_RULE = {
	/** Status lags below this score (the lower bound of "in progress"). */
	lagsBelow: 0.5,
	/** Support is thin with at most this many ongoing activities. */
	thinAtMost: 1,
	/** Many ongoing activities: at least this many. */
	manyAtLeast: 3,
	/** No movement: the change since the previous cycle is below this. */
	movedFrom: 0.05
} as const;

export type SupportMark = 'opportunity' | 'closer_look';

export interface SupportInput {
	score: number | null;
	change: number | null;
	n_ongoing: number;
}

export function supportMark({ score, change, n_ongoing }: SupportInput): SupportMark | null {
	if (score === null) return null;
	if (score < SUPPORT_RULE.lagsBelow && n_ongoing <= SUPPORT_RULE.thinAtMost) return 'opportunity';
	if (n_ongoing >= SUPPORT_RULE.manyAtLeast && change !== null && change < SUPPORT_RULE.movedFrom) return 'closer_look';
	return null;
}
