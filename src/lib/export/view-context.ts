/**
 * What the page's view shows — its subject ("Target 6.1") and its filters, as ids and in words — for the
 * downloads of its charts, so an exported file still says what it is about. The lens pages register it
 * through their print briefing (which already has both); a download reads it at the moment of the click.
 * Browser only: exports happen there.
 */
import type { ScopeFilters, ScopeLine } from '../print/view-scope';

export interface ViewContext {
	/** What the page is about, short: "Target 6.1", "Kenya", "CBD". */
	subject: string;
	/** Its id for file names: `t6.1`, `KEN`, `cbd`. */
	subjectId: string;
	/** The filters shown, in words (as the print briefing lists them). */
	scope: ScopeLine[];
	/** The same filters as ids, for file names. */
	filters: ScopeFilters;
}

let current: { owner: symbol; read: () => ViewContext } | null = null;

/** Makes `read` the page's context; the returned function withdraws it (only if it is still the page's). */
export function registerViewContext(read: () => ViewContext): () => void {
	const owner = Symbol('view-context');
	current = { owner, read };
	return () => {
		if (current?.owner === owner) current = null;
	};
}

/** The registered context, or null on pages without one (then the URL's filters are used). */
export function currentViewContext(): ViewContext | null {
	return current ? current.read() : null;
}
