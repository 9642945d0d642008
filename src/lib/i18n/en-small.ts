/** English messages of small additions to existing charts (merged into en.ts). */
export const enSmall = {
	/** Short name of "not applicable" inside a narrow bar segment. */
	'target.answers.naShort': 'n/a'
} as const;
