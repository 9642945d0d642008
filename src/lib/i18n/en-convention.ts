/** English messages of the convention pages (merged into en.ts). */
export const enConvention = {} as const;
