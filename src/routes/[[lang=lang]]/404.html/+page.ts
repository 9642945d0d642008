import { openedEntityPage } from '$lib/open/opened-entity';
import type { EntryGenerator, PageLoad } from './$types';

/**
 * Prerendered as `404.html` (and `fr/404.html`, `es/404.html`): static hosts and `npm start` serve it for any
 * unknown path, keeping the address asked for, which the page reads to redirect or suggest.
 */
// 'ignore': the address asked for (with or without its slash) stays as typed.
export const trailingSlash = 'ignore';
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }, { lang: 'es' }];

/** With the user's data open, the address may be a page of theirs that the published build never had. */
export const load: PageLoad = async ({ url }) => ({ openedPage: await openedEntityPage(url) });
