/** French messages of small additions to existing charts (keys of en-small.ts). */
import type { enSmall } from '../en-small';

export const small = {
	'target.answers.naShort': 's.o.'
} satisfies Record<keyof typeof enSmall, string>;
