/** English messages of the country pages (merged into en.ts). */
export const enCountry = {} as const;
