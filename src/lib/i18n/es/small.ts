/** Spanish messages of small additions to existing charts (keys of en-small.ts). */
import type { enSmall } from '../en-small';

export const small = {
	'target.answers.naShort': 'n/a'
} satisfies Record<keyof typeof enSmall, string>;
