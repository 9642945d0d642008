/** The years an indicator's change is measured between: the start of the decade and the 2010 target year. */
export const START_YEAR = 2000;
export const TARGET_YEAR = 2010;
