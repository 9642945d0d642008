/** English messages of the target pages (merged into en.ts). */
export const enTarget = {} as const;
