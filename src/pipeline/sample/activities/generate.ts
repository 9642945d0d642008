/**
 * The sample's agencies' activities: about 100 activities of the task force's agencies, drawn from their
 * programmes with the sample's seed. Each works worldwide or in one region (a few of its countries); periods fall
 * between 2002 and 2013, and the status follows the period as of mid-2010 (a few activities stopped early).
 */
import type { ActivityStatus } from '../../../core/contract/activity-contract';
import type { Country } from '../../reference/countries';
import { stream, type Random } from '../random';
import { PROGRAMMES, SAMPLE_AGENCIES, type Programme } from './agencies';

/** The day the sample's activity statuses describe (the 2010 target year). */
const AS_OF = '2010-06-30';
/** Share of activities that work worldwide (no activity_countries rows). */
const GLOBAL_SHARE = 0.3;
const REGION_WEIGHTS: Record<string, number> = { Africa: 5, Asia: 4, Americas: 3, Oceania: 1, Europe: 1 };

export interface SampleActivity {
	activity_id: string;
	agency_id: string;
	title: string;
	start: string;
	end: string;
	status: ActivityStatus;
	developments: string;
	obstacles: string;
	elements: readonly string[];
	countries: readonly string[];
}

export function generateActivities(countries: readonly Country[], seed: number): SampleActivity[] {
	const byRegion = new Map<string, string[]>();
	for (const country of countries.filter((c) => c.independent && c.region in REGION_WEIGHTS)) {
		byRegion.set(country.region, [...(byRegion.get(country.region) ?? []), country.iso3]);
	}
	return SAMPLE_AGENCIES.flatMap(({ agency_id, weight }) => {
		const random = stream(seed, 'activities', agency_id);
		const count = weight + random.int(-2, 2);
		return Array.from({ length: count }, (_, i) =>
			activity(`${agency_id}-${String(i + 1).padStart(2, '0')}`, agency_id, random.pick(PROGRAMMES[agency_id]), byRegion, random)
		);
	});
}

function activity(id: string, agencyId: string, programme: Programme, byRegion: Map<string, string[]>, random: Random): SampleActivity {
	const region = random.next() < GLOBAL_SHARE ? null : weightedRegion(random);
	const countries = region ? random.shuffle(byRegion.get(region)!).slice(0, random.int(1, 4)).sort() : [];
	const startYear = random.int(2002, 2011);
	const start = `${startYear}-${pad(random.int(1, 12))}-01`;
	const end = `${startYear + random.int(1, 5)}-${pad(random.int(1, 12))}-${random.pick(['15', '30'])}`.replace('-02-30', '-02-28');
	const status = statusOn(start, end, random);
	const begun = status !== 'planned';
	return {
		activity_id: id,
		agency_id: agencyId,
		title: region ? `${programme.title} (${region})` : programme.title,
		start,
		end,
		status,
		developments: begun && random.next() < 0.75 ? random.pick(programme.developments) : '',
		obstacles: begun && random.next() < 0.7 ? random.pick(programme.obstacles) : '',
		elements: programme.elements,
		countries
	};
}

function statusOn(start: string, end: string, random: Random): ActivityStatus {
	if (start > AS_OF) return 'planned';
	const stopped = random.next() < 0.08;
	if (end < AS_OF) return stopped ? 'stopped' : 'completed';
	return stopped ? 'stopped' : 'ongoing';
}

function weightedRegion(random: Random): string {
	const entries = Object.entries(REGION_WEIGHTS);
	let draw = random.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
	for (const [region, weight] of entries) if ((draw -= weight) < 0) return region;
	return entries[entries.length - 1][0];
}

const pad = (n: number) => String(n).padStart(2, '0');
