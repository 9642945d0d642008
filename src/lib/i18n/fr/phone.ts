/** French messages of the small-screen layout (keys of en-phone.ts). */
import type { enPhone } from '../en-phone';

export const phone = {
	'nav.menu': 'Menu',
	'sample.more': 'Ce que cela signifie',
	'map.list': 'Les pays sous forme de liste ({count})'
} satisfies Record<keyof typeof enPhone, string>;
