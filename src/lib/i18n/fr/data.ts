import type { DataLabels } from '../catalogue';

export const frData: DataLabels = { frameworkOfficial: false, framework: {}, conventions: {}, regions: {}, indicators: {}, entities: {} };
