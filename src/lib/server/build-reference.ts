/**
 * What prerendering reads from the pipeline's reference lists (not from the data): the indicators the importers
 * know, and the outcome indicators the framework names per target (a page's list: `queries/framework-indicators.ts`). Routes read them here, never from
 * src/pipeline themselves.
 */
import { INDICATORS } from '../../pipeline/importers/indicators';
import { TARGET_INDICATORS } from '../../pipeline/reference/framework';

/** The indicators the importers know, id → name: their pages exist (saying "no data") even in a sample-only build. */
export const KNOWN_INDICATORS: ReadonlyMap<string, string> = new Map(INDICATORS.map((indicator) => [indicator.indicator_id, indicator.name]));

/** The outcome indicators the framework names for a target element (e.g. `t1.1`). */
export const targetIndicators = (element: string): readonly string[] => TARGET_INDICATORS.get(element) ?? [];
