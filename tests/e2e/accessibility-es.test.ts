/** axe-core on every kind of page in es: see accessibility.ts. */
import { describeAccessibility } from './accessibility';

describeAccessibility('es');
