/**
 * While opened data is active, a link to a country, convention, target or indicator page loads that page in full: the
 * build prerendered only the published ids, and a full load reaches either the prerendered page (drawn from the opened
 * data by its +page.ts) or, for an id only the opened data has, 404.html, which draws it (see 404.html/+page.ts).
 * A page's own filter change (same route, same address, another query) stays in the page: its data is already here.
 */
import type { BeforeNavigate } from '@sveltejs/kit';

const ENTITY_ROUTE = /\/(conventions\/\[id\]|countries\/\[iso3\]|targets\/\[id\]|indicators\/\[id\])$/;

export function fullLoadWhenOpened(navigation: BeforeNavigate, opened: boolean): void {
	if (!opened || navigation.willUnload || !navigation.to) return;
	const route = navigation.to.route.id;
	if (route !== null && !ENTITY_ROUTE.test(route)) return;
	const { from, to } = navigation;
	if (route !== null && from?.route.id === route && from.url.pathname === to.url.pathname) return;
	navigation.cancel();
	location.assign(navigation.to.url);
}
