/**
 * World Heritage periodic reporting (Article 29): Section I on the State Party's application of the Convention,
 * Section II on the state of conservation of its properties (here the natural ones, as the 2010 target concerns
 * them; countries with no natural property answer "not applicable").
 */

import { question } from './types';

const onlyCycle2 = { cycles: ['whc-pr2'] };
const naturalSites = { naRate: 0.3, naGroup: 'natural-property' };

export const WHC_QUESTIONS = [
	question('I.1.1', 'yes_no', '', 'Has your country designated a national focal point for the World Heritage Convention?'),
	question('I.3.1', 'yes_partly_no', '1.2', 'Does your country have an up-to-date Tentative List of properties it intends to nominate?'),
	question('I.3.2', 'yes_no', '1.2', 'Has your country prepared a national inventory of its cultural and natural heritage?'),
	question('I.4.1', 'whc_adequacy4', '1.1 1.2', 'How adequate is the legal framework for the identification, conservation and protection of natural heritage?'),
	question('I.4.2', 'whc_adequacy4', '1.1', 'How effectively is the legal framework for the protection of heritage enforced?'),
	question('I.4.3', 'yes_partly_no', '9.1 9.2', 'Are local communities and indigenous peoples involved in the identification and protection of heritage?'),
	question('I.5.1', 'yes_partly_no', '', 'Does your country have a general policy to give heritage a function in the life of the community?'),
	question('I.5.2', 'whc_adequacy4', '5.1', 'How well is the protection of heritage integrated into land-use planning?'),
	question('I.5.3', 'yes_partly_no', '7.1', 'Has the impact of climate change on natural heritage been assessed?', onlyCycle2),
	question('I.6.1', 'whc_adequacy4', '1.1', 'How adequate are the services for the protection, conservation and presentation of heritage?'),
	question('I.6.2', 'whc_adequacy4', '', 'How effective is the cooperation between the agencies involved in the management of heritage?'),
	question('I.7.1', 'whc_adequacy4', '11.1', 'How adequate is the national budget for the conservation and protection of heritage?'),
	question('I.7.2', 'yes_no', '11.1', 'Has your country received international assistance from the World Heritage Fund?'),
	question('I.7.3', 'yes_no', '11.1', 'Has your country made voluntary contributions to the World Heritage Fund?'),
	question('I.8.1', 'whc_adequacy4', '11.2', 'How adequate are scientific and technical studies and research on natural heritage?'),
	question('I.8.2', 'yes_partly_no', '11.2', 'Have training needs in heritage conservation and management been assessed?'),
	question(
		'I.9.1',
		'yes_no',
		'',
		'Does your country cooperate with other States Parties in the conservation of heritage, such as through bilateral agreements?'
	),
	question('I.9.2', 'yes_no', '1.2', 'Has your country cooperated in the management of transboundary or serial World Heritage properties?'),
	question('I.10.1', 'whc_adequacy4', '', 'How adequate are education, information and awareness-building programmes on World Heritage?'),
	question('I.10.2', 'yes_partly_no', '9.1', 'Are traditional knowledge and practices recognised in heritage education programmes?', onlyCycle2),
	question(
		'II.3.1',
		'whc_adequacy4',
		'1.2',
		'How adequate are the boundaries of natural World Heritage properties for maintaining their Outstanding Universal Value?',
		naturalSites
	),
	question('II.3.2', 'whc_adequacy4', '1.1 7.1', 'How adequate are the buffer zones of natural World Heritage properties?', naturalSites),
	question('II.4.1', 'whc_adequacy4', '1.2', 'How adequately is the legal protection of natural World Heritage properties enforced?', naturalSites),
	question('II.4.2', 'whc_adequacy4', '1.2', 'How adequate is the management system of natural World Heritage properties?', naturalSites),
	question('II.4.3', 'whc_adequacy4', '1.1', 'How effectively are the management plans of natural World Heritage properties implemented?', naturalSites),
	question(
		'II.5.1',
		'whc_adequacy4',
		'5.1',
		'How well are development pressures, such as housing, transport and mining, managed at natural properties?',
		naturalSites
	),
	question('II.5.2', 'whc_adequacy4', '6.2', 'How well are invasive alien species managed at natural World Heritage properties?', naturalSites),
	question('II.5.3', 'whc_adequacy4', '7.2', 'How well is pollution affecting natural World Heritage properties controlled?', naturalSites),
	question(
		'II.5.4',
		'whc_adequacy4',
		'4.2 2.2',
		'How well are poaching, illegal logging and other unsustainable uses of biological resources controlled?',
		naturalSites
	),
	question('II.5.5', 'whc_adequacy4', '7.1', 'How well are the impacts of climate change on natural properties monitored and addressed?', {
		...naturalSites,
		...onlyCycle2
	}),
	question('II.5.6', 'whc_adequacy4', '4.1', 'How well are tourism and visitor pressures at natural properties managed?', naturalSites),
	question('II.6.1', 'whc_adequacy4', '11.1', 'How adequate are the staffing and funding of natural World Heritage properties?', naturalSites),
	question('II.6.2', 'yes_partly_no', '8.2 9.2', 'Do local communities and indigenous peoples benefit from natural World Heritage properties?'),
	question('II.7.1', 'whc_adequacy4', '2.1', 'How adequate is the monitoring of the key indicators of the state of conservation?', naturalSites),
	question('II.7.2', 'yes_no', '', 'Have Statements of Outstanding Universal Value been adopted for all World Heritage properties?', onlyCycle2),
	question('II.8.1', 'whc_adequacy4', '1.2 8.1', 'Has the Outstanding Universal Value of natural World Heritage properties been maintained?', naturalSites)
];
