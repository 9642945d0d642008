/** axe-core on every kind of page in en: see accessibility.ts. */
import { describeAccessibility } from './accessibility';

describeAccessibility('en');
