import type { EntryGenerator } from './$types';

/**
 * Prerendered as `404.html` (and `fr/404.html`, `es/404.html`): static hosts and `npm start` serve it for any
 * unknown path, keeping the address asked for, which the page reads to redirect or suggest.
 */
// 'ignore': the address asked for (with or without its slash) stays as typed.
export const trailingSlash = 'ignore';
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }, { lang: 'es' }];
