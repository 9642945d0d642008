import { changesData, whenOpened } from '$lib/open/opened-pages';
import type { PageLoad } from './$types';

/** While the user's data is open (/open/), computed from it in the browser (since one year before its date). */
export const load: PageLoad = ({ data }) => whenOpened(data, changesData);
