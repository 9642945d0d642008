/** The sample's agencies' activities: the task force's members, 60–150 activities, uneven over targets and regions. */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_STATUSES } from '../../../src/core/contract/activity-contract';
import { COUNTRIES } from '../../../src/pipeline/reference/countries';
import { FRAMEWORK } from '../../../src/pipeline/reference/framework';
import { SAMPLE_AGENCIES } from '../../../src/pipeline/sample/activities/agencies';
import { generateActivities } from '../../../src/pipeline/sample/activities/generate';

const activities = generateActivities(COUNTRIES, 2010);
const regionOf = new Map(COUNTRIES.map((country) => [country.iso3, country.region]));

describe('sample activities', () => {
	it('are the task force member agencies', () => {
		expect(SAMPLE_AGENCIES.map((agency) => agency.agency_id)).toEqual([
			'cbd-secretariat',
			'ramsar-secretariat',
			'cms-secretariat',
			'unep',
			'unctad',
			'wwf',
			'iucn',
			'ipgri'
		]);
		expect(new Set(activities.map((a) => a.agency_id)).size).toBe(SAMPLE_AGENCIES.length);
	});

	it('number between 60 and 150, with unique ids, real elements, periods in order and every status', () => {
		expect(activities.length).toBeGreaterThanOrEqual(60);
		expect(activities.length).toBeLessThanOrEqual(150);
		expect(new Set(activities.map((a) => a.activity_id)).size).toBe(activities.length);
		const elements = new Set(FRAMEWORK.map((element) => element.element_id));
		for (const activity of activities) {
			expect(
				activity.elements.every((id) => elements.has(id)),
				activity.activity_id
			).toBe(true);
			expect(activity.end > activity.start, activity.activity_id).toBe(true);
		}
		expect(new Set(activities.map((a) => a.status))).toEqual(new Set(ACTIVITY_STATUSES));
	});

	it('are spread unevenly over targets and regions', () => {
		const perElement = new Map<string, number>();
		for (const activity of activities) for (const id of activity.elements) perElement.set(id, (perElement.get(id) ?? 0) + 1);
		const counts = [...perElement.values()];
		expect(Math.max(...counts)).toBeGreaterThanOrEqual(4 * Math.min(...counts));
		const perRegion = new Map<string, number>();
		for (const activity of activities) {
			const region = activity.countries.length ? regionOf.get(activity.countries[0])! : 'global';
			perRegion.set(region, (perRegion.get(region) ?? 0) + 1);
			expect(new Set(activity.countries.map((iso3) => regionOf.get(iso3))).size).toBeLessThanOrEqual(1);
		}
		expect(perRegion.size).toBeGreaterThanOrEqual(4);
		expect((perRegion.get('Africa') ?? 0) > (perRegion.get('Europe') ?? 0)).toBe(true);
	});

	it('are the same for the same seed and differ for another', () => {
		expect(generateActivities(COUNTRIES, 2010)).toEqual(activities);
		expect(generateActivities(COUNTRIES, 7)).not.toEqual(activities);
	});
});
