import { indicatorIndexData, whenOpened } from '$lib/open/opened-pages';
import type { PageLoad } from './$types';

/** While the user's data is open (/open/), computed from it in the browser: empty when it has no indicator tables. */
export const load: PageLoad = ({ data }) => whenOpened(data, indicatorIndexData);
