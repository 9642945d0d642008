import { parseHTML } from 'linkedom';
import { setServerDocument } from '$lib/charts/server-document';

// Charts are pure functions of rows; with a document they draw at build time too (prerendered SVG).
setServerDocument(parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
