/**
 * The conventions' real reporting cycles around the 2010 target. `year` is the cycle's reference year: the year
 * of the meeting the reports go to (CMS, Ramsar), the due year (CBD), the last year covered (CITES biennial
 * reports) or the year the cycle closed (World Heritage periodic reporting).
 */

import type { ConventionId } from '../reference/conventions';

export interface Cycle {
	convention_id: ConventionId;
	cycle_id: string;
	label: string;
	year: number;
	due: string;
	/**
	 * World Heritage periodic reporting runs region by region; these deadlines (keyed by M49 subregion or region,
	 * an approximation of UNESCO's regional groups; dates approximate the regional schedule) spread submissions over
	 * the cycle. `due` is the last of them.
	 */
	regionalDue?: Readonly<Record<string, string>>;
}

export const CYCLES: readonly Cycle[] = [
	{ convention_id: 'cbd', cycle_id: 'cbd-3nr', label: 'Third national report', year: 2005, due: '2005-05-15' },
	{ convention_id: 'cbd', cycle_id: 'cbd-4nr', label: 'Fourth national report', year: 2009, due: '2009-03-30' },
	// Biennial reports under Article VIII(7)(b), due 31 October of the year after the period (Notification 2005/035).
	{ convention_id: 'cites', cycle_id: 'cites-2003-2004', label: 'Biennial report 2003–2004', year: 2004, due: '2005-10-31' },
	{ convention_id: 'cites', cycle_id: 'cites-2005-2006', label: 'Biennial report 2005–2006', year: 2006, due: '2007-10-31' },
	{ convention_id: 'cites', cycle_id: 'cites-2007-2008', label: 'Biennial report 2007–2008', year: 2008, due: '2009-10-31' },
	{ convention_id: 'cites', cycle_id: 'cites-2009-2010', label: 'Biennial report 2009–2010', year: 2010, due: '2011-10-31' },
	// CMS asks for national reports six months before the COP opens.
	{ convention_id: 'cms', cycle_id: 'cms-cop8', label: 'National report to COP8 (Nairobi, 2005)', year: 2005, due: '2005-05-20' },
	{ convention_id: 'cms', cycle_id: 'cms-cop9', label: 'National report to COP9 (Rome, 2008)', year: 2008, due: '2008-06-01' },
	{ convention_id: 'cms', cycle_id: 'cms-cop10', label: 'National report to COP10 (Bergen, 2011)', year: 2011, due: '2011-05-20' },
	// COP10 and COP11 deadlines are the Secretariat's; COP9's is approximated as six months before the COP.
	{ convention_id: 'ramsar', cycle_id: 'ramsar-cop9', label: 'National report to COP9 (Kampala, 2005)', year: 2005, due: '2005-05-08' },
	{ convention_id: 'ramsar', cycle_id: 'ramsar-cop10', label: 'National report to COP10 (Changwon, 2008)', year: 2008, due: '2008-03-31' },
	{ convention_id: 'ramsar', cycle_id: 'ramsar-cop11', label: 'National report to COP11 (Bucharest, 2012)', year: 2012, due: '2011-09-15' },
	{
		convention_id: 'whc',
		cycle_id: 'whc-pr1',
		label: 'Periodic Reporting, first cycle (2000–2006)',
		year: 2006,
		due: '2005-12-31',
		regionalDue: {
			'Northern Africa': '2000-06-30',
			'Western Asia': '2000-06-30',
			Africa: '2001-12-31',
			Asia: '2002-12-31',
			Oceania: '2002-12-31',
			Americas: '2003-12-31',
			Europe: '2005-12-31'
		}
	},
	{
		convention_id: 'whc',
		cycle_id: 'whc-pr2',
		label: 'Periodic Reporting, second cycle (2008–2015)',
		year: 2015,
		due: '2014-07-31',
		regionalDue: {
			'Northern Africa': '2009-07-31',
			'Western Asia': '2009-07-31',
			Africa: '2010-07-31',
			Asia: '2011-07-31',
			Oceania: '2011-07-31',
			Americas: '2012-07-31',
			Europe: '2014-07-31'
		}
	}
];

/** The deadline that applies to one country: its region's slot in a regional cycle, else the cycle's. */
export function dueFor(cycle: Cycle, region: string, subregion: string): string {
	return cycle.regionalDue?.[subregion] ?? cycle.regionalDue?.[region] ?? cycle.due;
}

/** Position of the cycle within its convention (0 = first), the time axis of improvement. */
export function cycleIndex(cycle: Cycle): number {
	return CYCLES.filter((other) => other.convention_id === cycle.convention_id).indexOf(cycle);
}
