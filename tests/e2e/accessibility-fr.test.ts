/** axe-core on every kind of page in fr: see accessibility.ts. */
import { describeAccessibility } from './accessibility';

describeAccessibility('fr');
