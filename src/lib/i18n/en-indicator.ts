/** English messages of the indicator pages (merged into en.ts). */
export const enIndicator = {} as const;
