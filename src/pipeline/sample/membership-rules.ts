/**
 * What makes the sample's party lists plausible: when each convention entered into force, how many states were
 * parties at the end of 2010 and in which periods they joined (shaped on the conventions' real histories), the
 * notable states that were not parties in 2010, and the earliest date a state that came into being after 1975
 * could join.
 */

import type { ConventionId } from '../reference/conventions';

export interface MembershipRule {
	entryIntoForce: string;
	partiesBy2010: number;
	/** [first year of a five-year period, relative number of states joining in it]. */
	joinWaves: readonly (readonly [number, number])[];
	nonPartiesIn2010: readonly string[];
}

export const MEMBERSHIP_RULES: Readonly<Record<ConventionId, MembershipRule>> = {
	cbd: {
		entryIntoForce: '1993-12-29',
		partiesBy2010: 192,
		joinWaves: [
			[1990, 89],
			[1995, 86],
			[2000, 12],
			[2005, 4]
		],
		nonPartiesIn2010: ['USA', 'AND', 'VAT']
	},
	cites: {
		entryIntoForce: '1975-07-01',
		partiesBy2010: 175,
		joinWaves: [
			[1975, 53],
			[1980, 33],
			[1985, 16],
			[1990, 22],
			[1995, 22],
			[2000, 20],
			[2005, 9]
		],
		nonPartiesIn2010: ['AND', 'VAT', 'PRK', 'TUV', 'NRU', 'KIR', 'TON', 'MHL', 'FSM', 'TKM', 'COK', 'NIU']
	},
	cms: {
		entryIntoForce: '1983-11-01',
		partiesBy2010: 113,
		joinWaves: [
			[1980, 15],
			[1985, 13],
			[1990, 15],
			[1995, 21],
			[2000, 23],
			[2005, 26]
		],
		nonPartiesIn2010: ['USA', 'CAN', 'CHN', 'RUS', 'JPN', 'BRA', 'IDN', 'MEX', 'KOR', 'TUR', 'THA', 'VNM', 'MYS']
	},
	ramsar: {
		entryIntoForce: '1975-12-21',
		partiesBy2010: 160,
		joinWaves: [
			[1975, 21],
			[1980, 13],
			[1985, 16],
			[1990, 37],
			[1995, 31],
			[2000, 23],
			[2005, 19]
		],
		nonPartiesIn2010: ['AFG', 'AGO', 'BTN', 'ERI', 'ETH', 'KWT', 'OMN', 'PRK', 'QAT', 'SAU', 'SGP', 'SOM', 'VAT']
	},
	whc: {
		entryIntoForce: '1975-12-17',
		partiesBy2010: 185,
		joinWaves: [
			[1975, 47],
			[1980, 33],
			[1985, 25],
			[1990, 31],
			[1995, 17],
			[2000, 22],
			[2005, 9]
		],
		nonPartiesIn2010: ['BRN', 'NRU', 'SGP', 'SOM', 'TLS', 'TUV']
	}
};

/** States that could join only from (about) the date they came into being. */
export const STATEHOOD: Readonly<Record<string, string>> = {
	SYC: '1976-06-29',
	DJI: '1977-06-27',
	SLB: '1978-07-07',
	TUV: '1978-10-01',
	DMA: '1978-11-03',
	LCA: '1979-02-22',
	KIR: '1979-07-12',
	VCT: '1979-10-27',
	ZWE: '1980-04-18',
	VUT: '1980-07-30',
	BLZ: '1981-09-21',
	ATG: '1981-11-01',
	KNA: '1983-09-19',
	BRN: '1984-01-01',
	MHL: '1986-10-21',
	FSM: '1986-11-03',
	NAM: '1990-03-21',
	SVN: '1991-06-25',
	HRV: '1991-06-25',
	EST: '1991-09-06',
	LVA: '1991-09-06',
	LTU: '1991-09-06',
	MKD: '1991-09-08',
	ARM: '1991-12-26',
	AZE: '1991-12-26',
	GEO: '1991-12-26',
	KAZ: '1991-12-26',
	KGZ: '1991-12-26',
	MDA: '1991-12-26',
	TJK: '1991-12-26',
	TKM: '1991-12-26',
	UZB: '1991-12-26',
	BIH: '1992-03-03',
	SRB: '1992-04-27',
	CZE: '1993-01-01',
	SVK: '1993-01-01',
	ERI: '1993-05-24',
	PLW: '1994-10-01',
	TLS: '2002-05-20',
	MNE: '2006-06-03',
	SSD: '2011-07-09'
};

/** Sovereign states outside the UN that take part in these conventions. */
export const NON_UN_STATES: readonly string[] = ['COK', 'NIU'];
