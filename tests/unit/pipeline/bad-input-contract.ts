/** The bad-input catalogue, part 1: the contract's own checks (files, columns, values, references, rules). */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appendLines, editFile } from './helpers';

export interface BadInput {
	name: string;
	breakInput: (dir: string) => Promise<void>;
	/** The message must start with `<dir>/<file>:<line>: ` (+ `column <column>: `) and contain `text`. */
	expected: { file: string; line?: number; column?: string; text: string };
	/** More to check on all problem lines. */
	also?: (problems: string[]) => void;
}

export const replaceIn = (file: string, from: string, to: string) => (dir: string) =>
	editFile(dir, file, (text) => {
		if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
		return text.replace(from, to);
	});
export const append =
	(file: string, ...lines: string[]) =>
	(dir: string) =>
		editFile(dir, file, appendLines(...lines));

export const CONTRACT_CASES: BadInput[] = [
	{
		name: 'a missing file',
		breakInput: (dir) => rm(path.join(dir, 'responses.csv')),
		expected: { file: 'responses.csv', text: 'file is missing. Fix: add responses.csv to the input folder' }
	},
	{
		name: 'a missing required column',
		breakInput: replaceIn('countries.csv', 'iso3,name,region,subregion,note', 'iso3,name,region,sub_region,note'),
		expected: { file: 'countries.csv', line: 1, text: 'missing required column "subregion" (columns found: "iso3", "name", "region", "sub_region", "note")' }
	},
	{
		name: 'an empty file',
		breakInput: (dir) => writeFile(path.join(dir, 'countries.csv'), ''),
		expected: { file: 'countries.csv', line: 1, text: 'file is empty (no header row). Fix: write the header row: iso3,name,region,subregion' }
	},
	{
		name: 'a header without rows',
		breakInput: (dir) => writeFile(path.join(dir, 'reports.csv'), 'convention_id,cycle_id,iso3,submitted\n'),
		expected: { file: 'reports.csv', line: 1, text: 'file has a header but no rows' }
	},
	{
		name: 'a file that is not UTF-8',
		breakInput: (dir) =>
			writeFile(
				path.join(dir, 'countries.csv'),
				Buffer.from('iso3,name,region,subregion\nBRA,Brazil,Americas,South America\nFRA,Fran\xe7e,Europe,Western Europe\n', 'latin1')
			),
		expected: { file: 'countries.csv', line: 3, text: 'file is not UTF-8 (byte 0xE7 at position 9 of the line). Fix: re-save the file as UTF-8' }
	},
	{
		name: 'a row with the wrong number of fields',
		breakInput: replaceIn('responses.csv', 'cbd,cbd-3nr,FRA,q1,n', 'cbd,cbd-3nr,FRA,q1'),
		expected: { file: 'responses.csv', line: 5, text: 'line has 4 fields but the header has 5' }
	},
	{
		name: 'a quote that is never closed',
		breakInput: replaceIn('framework.csv', 'g4,goal,fa2,4,Promote', 'g4,goal,fa2,4,"Promote'),
		expected: { file: 'framework.csv', line: 9, text: 'the row starting on this line cannot be read as CSV' }
	},
	{
		name: 'a quote that is never closed at the end of the file',
		breakInput: append('responses.csv', 'ramsar,ramsar-cop10,FRA,"r4,A'),
		expected: { file: 'responses.csv', line: 31, text: 'a quoted field in the row starting on this line is never closed' }
	},
	{
		name: 'an unknown convention_id',
		breakInput: replaceIn('parties.csv', 'ramsar,BRA', 'wetlands,BRA'),
		expected: { file: 'parties.csv', line: 6, column: 'convention_id', text: 'convention "wetlands" is not in conventions.csv' }
	},
	{
		name: 'an unknown iso3',
		breakInput: replaceIn('responses.csv', 'cbd,cbd-4nr,NZL,q1,y', 'cbd,cbd-4nr,NZX,q1,y'),
		expected: { file: 'responses.csv', line: 18, column: 'iso3', text: 'country "NZX" is not in countries.csv' }
	},
	{
		name: 'an unknown cycle_id',
		breakInput: replaceIn('reports.csv', 'cbd,cbd-4nr,BRA', 'cbd,cbd-5nr,BRA'),
		expected: { file: 'reports.csv', line: 5, column: 'cycle_id', text: 'cycle "cbd-5nr" of convention "cbd" is not in cycles.csv' }
	},
	{
		name: 'an unknown question_id (case-sensitive)',
		breakInput: replaceIn('responses.csv', 'cbd,cbd-4nr,BRA,q1,y', 'cbd,cbd-4nr,BRA,Q1,y'),
		expected: { file: 'responses.csv', line: 7, column: 'question_id', text: 'question "Q1" is not in questions.csv for cycle "cbd-4nr" of "cbd"' }
	},
	{
		name: 'an unknown scale_id (line counted past a CRLF file, a two-line field and a blank line)',
		breakInput: replaceIn('questions.csv', 'r2,ramsar', 'r2,wetland'),
		expected: { file: 'questions.csv', line: 12, column: 'scale_id', text: 'scale "wetland" is not in scales.csv' }
	},
	{
		name: 'an unknown element_id in the crosswalk',
		breakInput: replaceIn('crosswalk.csv', 'cbd,q4,t4.1', 'cbd,q4,t4.9'),
		expected: { file: 'crosswalk.csv', line: 6, column: 'element_id', text: 'element "t4.9" is not in framework.csv' }
	},
	{
		name: 'a crosswalk question that is not in questions.csv',
		breakInput: append('crosswalk.csv', 'ramsar,r9,t1.1'),
		expected: { file: 'crosswalk.csv', line: 11, column: 'question_id', text: 'question "r9" of "ramsar" is not in questions.csv' }
	},
	{
		name: 'an unknown parent in the framework',
		breakInput: replaceIn('framework.csv', 't1.1,target,g1', 't1.1,target,g9'),
		expected: { file: 'framework.csv', line: 4, column: 'parent_id', text: 'element "g9" is not in framework.csv' }
	},
	{
		name: 'an unknown element of an indicator',
		breakInput: replaceIn('indicators.csv', 't1.1', 't1.7'),
		expected: { file: 'indicators.csv', line: 2, column: 'element_id', text: 'element "t1.7" is not in framework.csv' }
	},
	{
		name: 'an indicator value of an unknown country or aggregate',
		breakInput: replaceIn('indicator_values.csv', 'pa_coverage,WLD,2009', 'pa_coverage,EUU,2009'),
		expected: {
			file: 'indicator_values.csv',
			line: 4,
			column: 'iso3',
			text: '"EUU" is neither a country in countries.csv nor an aggregate in indicator_entities.csv'
		}
	},
	{
		name: 'an aggregate of an unknown kind',
		breakInput: async (dir) => writeFile(path.join(dir, 'indicator_entities.csv'), 'code,name,kind\nWLD,World,planet\n'),
		expected: { file: 'indicator_entities.csv', line: 2, column: 'kind', text: 'kind "planet" is not one of world, region, income_group, other' }
	},
	{
		name: 'an indicator described two ways',
		breakInput: append('indicators.csv', 'pa_coverage,Protected area coverage,% of land area,t1.2,World Bank WDI (illustrative values)'),
		expected: { file: 'indicators.csv', line: 3, column: 'name', text: '"Protected area coverage" differs from "Coverage of protected areas" on line 2' }
	},
	{
		name: 'indicator values without indicators.csv',
		breakInput: (dir) => rm(path.join(dir, 'indicators.csv')),
		expected: { file: 'indicator_values.csv', text: 'there is no indicators.csv describing these indicators' }
	},
	{
		name: 'an answer that is not on the scale',
		breakInput: replaceIn('responses.csv', 'cbd,cbd-4nr,FRA,q3,n', 'cbd,cbd-4nr,FRA,q3,Z'),
		expected: {
			file: 'responses.csv',
			line: 13,
			column: 'answer',
			text: '"Z" is not on scale "yesno" of question cbd/cbd-4nr/q3 (allowed: "y", "n"). Fix: use one of the scale\'s answers, or add the answer to scales.csv.'
		}
	},
	{
		name: 'a scale score above 1',
		breakInput: replaceIn('scales.csv', 'Early stages,0.3', 'Early stages,1.3'),
		expected: { file: 'scales.csv', line: 5, column: 'score', text: 'score "1.3" is outside [0, 1]' }
	},
	{
		name: 'a scale score that is not a number',
		breakInput: replaceIn('scales.csv', 'Good progress,0.7', 'Good progress,high'),
		expected: { file: 'scales.csv', line: 6, column: 'score', text: 'score "high" is not a number' }
	},
	{
		name: 'a crosswalk row pointing to a goal',
		breakInput: replaceIn('crosswalk.csv', 'cbd,q1,t1.1', 'cbd,q1,g1'),
		expected: { file: 'crosswalk.csv', line: 2, column: 'element_id', text: 'element "g1" is a goal, not a target' }
	},
	{
		name: 'a crosswalk row pointing to a focal area',
		breakInput: replaceIn('crosswalk.csv', 'ramsar,r2,t1.2', 'ramsar,r2,fa1'),
		expected: { file: 'crosswalk.csv', line: 8, column: 'element_id', text: 'element "fa1" is a focal area, not a target' }
	},
	{
		name: 'a duplicate response',
		breakInput: append('responses.csv', 'cbd,cbd-4nr,KEN,q1,y'),
		expected: {
			file: 'responses.csv',
			line: 31,
			column: 'question_id',
			text: 'duplicate row: convention_id "cbd", cycle_id "cbd-4nr", iso3 "KEN", question_id "q1" is already on line 15'
		}
	},
	{
		name: 'a duplicate iso3 in countries',
		breakInput: append('countries.csv', 'KEN,Kenya,Africa,Sub-Saharan Africa,'),
		expected: { file: 'countries.csv', line: 6, column: 'iso3', text: 'duplicate row: iso3 "KEN" is already on line 4' }
	},
	{
		name: 'a duplicate cycle',
		breakInput: append('cycles.csv', 'cbd,cbd-4nr,Fourth national report,2009,2009-03-30'),
		expected: { file: 'cycles.csv', line: 8, column: 'cycle_id', text: 'is already on line 3' }
	},
	{
		name: 'a duplicate scale answer',
		breakInput: append('scales.csv', 'yesno,y,Yes again,1'),
		expected: { file: 'scales.csv', line: 13, column: 'answer', text: 'duplicate row: scale_id "yesno", answer "y" is already on line 2' }
	},
	{
		name: 'a response for a report that is not marked submitted',
		breakInput: append('responses.csv', 'cbd,cbd-3nr,KEN,q1,y'),
		expected: { file: 'responses.csv', line: 31, column: 'iso3', text: 'the report of "KEN" for cycle "cbd-3nr" of "cbd" is not marked submitted' }
	},
	{
		name: 'a response for a report that has no reports row',
		breakInput: append('responses.csv', 'ramsar,ramsar-cop10,NZL,r1,A'),
		expected: { file: 'responses.csv', line: 31, column: 'iso3', text: '"NZL" has no report for cycle "ramsar-cop10" of "ramsar" in reports.csv' }
	},
	{
		name: 'a date that does not exist',
		breakInput: replaceIn('parties.csv', 'cbd,BRA,1994-05-28', 'cbd,BRA,2009-02-30'),
		expected: { file: 'parties.csv', line: 2, column: 'joined', text: '"2009-02-30" is not a valid date' }
	},
	{
		name: 'a date not written as YYYY-MM-DD',
		breakInput: replaceIn('reports.csv', '2009-04-02', '02/04/2009'),
		expected: { file: 'reports.csv', line: 5, column: 'submitted', text: '"02/04/2009" is not a valid date' }
	},
	{
		name: 'a report url that is not an http(s) address',
		breakInput: (dir) =>
			editFile(dir, 'reports.csv', (text) =>
				text
					.trimEnd()
					.split('\n')
					.map((line, i) => `${line},${i === 0 ? 'url' : i === 2 ? 'www.example.org/fra-3nr.pdf' : ''}`)
					.join('\n')
					.concat('\n')
			),
		expected: { file: 'reports.csv', line: 3, column: 'url', text: '"www.example.org/fra-3nr.pdf" is not an http(s) address. Fix: write the full address' }
	},
	{
		name: 'a report of a country that is not a party',
		breakInput: append('reports.csv', 'ramsar,ramsar-cop10,NZL,2008-02-01'),
		expected: { file: 'reports.csv', line: 18, column: 'iso3', text: '"NZL" is not a party of "ramsar" (no row in parties.csv)' }
	},
	{
		name: 'a framework level that does not exist',
		breakInput: replaceIn('framework.csv', 'g2,goal', 'g2,subgoal'),
		expected: { file: 'framework.csv', line: 6, column: 'level', text: 'level "subgoal" is not one of focal_area, goal, target' }
	},
	{
		name: 'a target whose parent is a focal area',
		breakInput: replaceIn('framework.csv', 't1.1,target,g1', 't1.1,target,fa1'),
		expected: { file: 'framework.csv', line: 4, column: 'parent_id', text: 'parent "fa1" of target "t1.1" is a focal area, not a goal' }
	},
	{
		name: 'a focal area with a parent',
		breakInput: replaceIn('framework.csv', 'fa2,focal_area,,', 'fa2,focal_area,fa1,'),
		expected: { file: 'framework.csv', line: 8, column: 'parent_id', text: 'focal area "fa2" must not have a parent' }
	},
	{
		name: 'an id that is not lower-case',
		breakInput: replaceIn('cycles.csv', 'ramsar,ramsar-cop9', 'ramsar,Ramsar-COP9'),
		expected: { file: 'cycles.csv', line: 4, column: 'cycle_id', text: 'id "Ramsar-COP9" must be lower-case without spaces. Fix: write it as "ramsar-cop9"' }
	},
	{
		name: 'an iso3 that is not three upper-case letters',
		breakInput: replaceIn('countries.csv', 'NZL,New Zealand', 'nzl,New Zealand'),
		expected: { file: 'countries.csv', line: 5, column: 'iso3', text: '"nzl" is not an ISO 3166-1 alpha-3 code' }
	},
	{
		name: 'an empty required value',
		breakInput: replaceIn('conventions.csv', 'cbd,Convention on Biological Diversity,CBD', 'cbd,,CBD'),
		expected: { file: 'conventions.csv', line: 2, column: 'name', text: 'value is empty. Fix: fill in name' }
	},
	{
		name: 'an activity of an unknown agency',
		breakInput: replaceIn('activities.csv', 'a2,iucn,', 'a2,iucm,'),
		expected: { file: 'activities.csv', line: 3, column: 'agency_id', text: 'agency "iucm" is not in agencies.csv' }
	},
	{
		name: 'an activity target that is not in the framework',
		breakInput: replaceIn('activity_targets.csv', 'a4,t2.1', 'a4,t2.9'),
		expected: { file: 'activity_targets.csv', line: 6, column: 'element_id', text: 'element "t2.9" is not in framework.csv' }
	},
	{
		name: 'a target row of an unknown activity',
		breakInput: append('activity_targets.csv', 'a10,t1.1'),
		expected: { file: 'activity_targets.csv', line: 12, column: 'activity_id', text: 'activity "a10" is not in activities.csv' }
	},
	{
		name: 'an activity in an unknown country',
		breakInput: replaceIn('activity_countries.csv', 'a4,FRA', 'a4,FRX'),
		expected: { file: 'activity_countries.csv', line: 5, column: 'iso3', text: 'country "FRX" is not in countries.csv' }
	},
	{
		name: 'an activity end date that does not exist',
		breakInput: replaceIn('activities.csv', '2007-03-01,2009-06-30', '2007-03-01,2009-06-31'),
		expected: { file: 'activities.csv', line: 3, column: 'end', text: '"2009-06-31" is not a valid date' }
	},
	{
		name: 'an activity that ends before it starts',
		breakInput: replaceIn('activities.csv', 'pilot,2008-01-01,2010-06-30', 'pilot,2008-01-01,2007-06-30'),
		expected: { file: 'activities.csv', line: 6, column: 'end', text: 'activity "a5" ends (2007-06-30) before it starts (2008-01-01)' }
	},
	{
		name: 'an activity status that does not exist',
		breakInput: replaceIn('activities.csv', ',stopped,', ',halted,'),
		expected: { file: 'activities.csv', line: 6, column: 'status', text: 'status "halted" is not one of planned, ongoing, completed, stopped' }
	},
	{
		name: 'an agency kind that does not exist',
		breakInput: replaceIn('agencies.csv', 'wwf,WWF,ngo', 'wwf,WWF,charity'),
		expected: { file: 'agencies.csv', line: 5, column: 'kind', text: 'kind "charity" is not one of secretariat, un_agency, ngo, research' }
	},
	{
		name: 'a duplicate activity',
		breakInput: append('activities.csv', 'a1,unep,Another assessment,2006-01-01,2007-01-01,ongoing,,'),
		expected: { file: 'activities.csv', line: 11, column: 'activity_id', text: 'duplicate row: activity_id "a1" is already on line 2' }
	},
	{
		name: 'a duplicate activity target',
		breakInput: append('activity_targets.csv', 'a1,g1'),
		expected: { file: 'activity_targets.csv', line: 12, column: 'element_id', text: 'duplicate row: activity_id "a1", element_id "g1" is already on line 2' }
	},
	{
		name: 'activities without agencies.csv',
		breakInput: (dir) => rm(path.join(dir, 'agencies.csv')),
		expected: { file: 'activities.csv', text: 'there is no agencies.csv for the ids this file refers to' }
	},
	{
		name: 'a sample.json that is not JSON',
		breakInput: (dir) => writeFile(path.join(dir, 'sample.json'), '{sample: yes}'),
		expected: { file: 'sample.json', text: 'not valid JSON' }
	}
];
