import type { DataLabels } from '../catalogue';

export const esData: DataLabels = { frameworkOfficial: false, framework: {}, conventions: {}, regions: {}, indicators: {}, entities: {} };
