/**
 * CMS national reports to the COP (Article VI(3)): general information, Appendix I species by group, Appendix II
 * instruments, national priorities, protected areas, research, resources and implementation of COP resolutions.
 */

import { question } from './types';

const fromCop9 = { cycles: ['cms-cop9', 'cms-cop10'] };

export const CMS_QUESTIONS = [
	question('I.1', 'yes_no', '', 'Has your country designated a national focal point for CMS?'),
	question('I.2', 'yes_no', '', 'Is there a national liaison system or committee for CMS implementation?'),
	question('II.1', 'yes_no_na', '2.2', 'Is the taking of Appendix I bird species prohibited by national legislation?', { naRate: 0.03 }),
	question(
		'II.2',
		'yes_no_na',
		'2.2 5.1',
		'Has your country taken measures to remove obstacles to the migration of Appendix I bird species, such as power lines?',
		{ naRate: 0.05 }
	),
	question('II.3', 'yes_no_na', '2.2', 'Is the taking of Appendix I marine mammal species prohibited by national legislation?', { naRate: 0.2 }),
	question('II.4', 'yes_no_na', '2.2', 'Has your country taken measures to reduce the by-catch of marine mammals in fisheries?', { naRate: 0.2 }),
	question('II.5', 'yes_no_na', '2.2', 'Is the taking of marine turtles prohibited by national legislation?', { naRate: 0.25 }),
	question('II.6', 'yes_no_na', '1.2 2.2', 'Has your country protected the nesting beaches of marine turtles?', { naRate: 0.3 }),
	question('II.7', 'yes_no_na', '2.2', 'Is the taking of Appendix I terrestrial mammal species prohibited by national legislation?', { naRate: 0.1 }),
	question('II.8', 'yes_no_na', '2.1 7.1', 'Has your country taken measures to maintain migration corridors for terrestrial mammals?', { naRate: 0.1 }),
	question('II.9', 'yes_no_na', '1.2 2.2', 'Has your country taken measures to protect the roosting sites of migratory bats?', { naRate: 0.08 }),
	question('II.10', 'yes_partly_no', '2.1', 'Does your country monitor the populations of Appendix I species occurring on its territory?'),
	question('III.1', 'yes_no', '', 'Is your country a Party to, or signatory of, CMS Agreements or Memoranda of Understanding?'),
	question('III.2', 'yes_partly_no', '2.1 2.2', 'Has your country implemented action plans under CMS Agreements or Memoranda of Understanding?'),
	question('IV.1', 'yes_partly_no', '2.1', "Is the conservation of migratory species addressed in your country's national biodiversity strategy?"),
	question('IV.2', 'yes_partly_no', '5.1', 'Are migratory species and their habitats considered in land-use planning?'),
	question('IV.3', 'yes_no', '5.1', 'Does your country require environmental impact assessment for developments affecting migratory species?'),
	question('IV.4', 'yes_partly_no', '8.2 4.1', 'Are the needs of local communities taken into account in the conservation of migratory species?'),
	question('V.1', 'yes_partly_no', '1.1 1.2', 'Are migratory species taken into account in the selection of protected areas?'),
	question('V.2', 'yes_partly_no', '1.2', 'Does your country have protected areas designated for migratory species?'),
	question('V.3', 'yes_partly_no', '1.1', 'Are management plans in place for protected areas important for migratory species?'),
	question('V.4', 'yes_no', '1.2 2.1', 'Has your country identified critical sites along the flyways of migratory waterbirds?'),
	question('VI.1', 'yes_no', '2.1', 'Is your country undertaking research on migratory species using satellite telemetry?'),
	question('VI.2', 'yes_no', '2.1', 'Has your country surveyed the populations of migratory species since the last report?'),
	question('VII.1', 'yes_no', '', 'Has your country encouraged non-Parties to join CMS?'),
	question('VIII.1', 'yes_no', '11.1', 'Has your country made financial resources available for activities that benefit migratory species?'),
	question('VIII.2', 'yes_no', '11.1', 'Has your country provided financial assistance to other Range States for the conservation of migratory species?'),
	question('VIII.3', 'yes_no', '11.2', 'Has your country received financial or technical assistance for the conservation of migratory species?'),
	question('IX.1', 'yes_partly_no', '7.1', 'Has your country assessed the impacts of climate change on migratory species?', fromCop9),
	question('IX.2', 'yes_partly_no', '7.2', 'Has your country taken measures to reduce marine debris and other pollution affecting migratory species?'),
	question('IX.3', 'yes_partly_no', '7.2 2.2', 'Has your country taken measures to prevent the poisoning of migratory birds?'),
	question('IX.4', 'yes_partly_no', '6.1 6.2', 'Has your country taken measures to control invasive alien species that threaten migratory species?'),
	question('IX.5', 'yes_no', '', 'Has your country monitored migratory birds for avian influenza?', fromCop9),
	question('IX.6', 'yes_partly_no', '7.1', 'Has your country integrated migratory species into its climate change adaptation plans?', fromCop9),
	question('IX.7', 'yes_partly_no', '4.1 4.2', 'Are harvests of migratory species in your country sustainably managed?'),
	question('IX.8', 'yes_partly_no', '5.1 8.1', 'Has your country restored degraded habitats important for migratory species?')
];
