/** The closed vocabularies of the activity files, shared by the pipeline's checks and the app's filters. */

/** Convention secretariat, UN agency, non-governmental organisation, research institute. */
export const AGENCY_KINDS = ['secretariat', 'un_agency', 'ngo', 'research'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'stopped'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
