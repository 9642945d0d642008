/** Spanish messages of the small-screen layout (keys of en-phone.ts). */
import type { enPhone } from '../en-phone';

export const phone = {
	'nav.menu': 'Menú',
	'sample.more': 'Qué significa',
	'map.list': 'Los países en forma de lista ({count})'
} satisfies Record<keyof typeof enPhone, string>;
