/**
 * CITES biennial reports on legislative, regulatory and administrative measures (Article VIII(7)(b); format of
 * Res. Conf. 11.17 (Rev. CoP13)), sections A–G. Mostly about trade (target 4.3), with some on species and capacity.
 */

import { question } from './types';

const since2005 = { cycles: ['cites-2005-2006', 'cites-2007-2008', 'cites-2009-2010'] };

export const CITES_QUESTIONS = [
	question('A1', 'yes_no', '', 'Was the report prepared in consultation with other government agencies?'),
	question('B1', 'cites_yes_no_info', '4.3', 'Has information on CITES-relevant legislation been provided under the National Legislation Project?'),
	question('B2', 'yes_partly_no', '4.3', 'Has your country adopted legislation that prohibits trade in specimens in violation of the Convention?'),
	question('B3', 'yes_no', '4.3', 'Does your legislation provide for penalties for illegal trade in CITES specimens?'),
	question('B4', 'yes_no', '4.3', 'Does your legislation provide for the confiscation of specimens illegally traded or possessed?'),
	question('B5', 'cites_yes_no_info', '4.3 2.2', 'Has your country adopted stricter domestic measures for Appendix I species?'),
	question('B6', 'yes_partly_no', '6.1', 'Does your legislation regulate the import of live specimens of species that may become invasive?'),
	question('B7', 'yes_no', '4.3', 'Has your country reviewed the effectiveness of its CITES legislation since the last report?', since2005),
	question('C1', 'yes_no', '4.3', 'Have any actions been taken to monitor compliance with CITES provisions?'),
	question('C2', 'yes_no', '4.3', 'Have inspections of traders, producers or markets been carried out?'),
	question('C3', 'cites_yes_no_info', '4.3', 'Have border controls been carried out to detect illegal trade in CITES specimens?'),
	question('C4', 'yes_no', '4.3', 'Have administrative measures, such as fines or bans, been imposed for CITES-related violations?'),
	question('C5', 'cites_yes_no_info', '4.3', 'Have there been criminal prosecutions of significant CITES-related violations?'),
	question('C6', 'yes_no', '4.3', 'Has your country cooperated with other countries on CITES enforcement, such as by exchanging intelligence?'),
	question('C7', 'yes_partly_no', '4.3', 'Has an inter-agency committee on CITES enforcement been established?'),
	question('C8', 'yes_no', '2.2', 'Have confiscated live specimens been returned to the wild or placed in rescue centres in line with CITES guidelines?'),
	question('D1', 'yes_no', '', 'Have the contact details of the Management Authority been communicated to the Secretariat?'),
	question('D2', 'yes_no', '4.3', 'Has a Scientific Authority been designated independent of the Management Authority?'),
	question('D3', 'yes_partly_no', '4.3 4.1', 'Does the Scientific Authority make non-detriment findings for exports of Appendix II species?'),
	question('D4', 'yes_no', '4.1 4.3', 'Has your country established export quotas for Appendix II species?'),
	question('D5', 'cites_yes_no_info', '2.1 4.3', 'Has your country undertaken population surveys of species in trade?'),
	question('D6', 'yes_no', '', 'Does your country use a computerized system to issue CITES permits and certificates?'),
	question('D7', 'yes_no', '4.3', 'Are permits and certificates checked against the list of species in the Appendices before they are issued?'),
	question('D8', 'yes_no', '', 'Has your country submitted its annual trade reports by the deadline?'),
	question('E1', 'yes_no', '11.2', 'Have activities been undertaken to build the capacity of the CITES authorities?'),
	question('E2', 'yes_no', '11.1 11.2', 'Has your country received technical or financial assistance for CITES implementation?'),
	question('E3', 'yes_no', '', 'Have public awareness activities on CITES been undertaken?'),
	question('E4', 'yes_partly_no', '4.3 11.2', 'Has training on CITES been provided to customs and enforcement officers?'),
	question('F1', 'yes_no', '', 'Is there coordination between the CITES authorities and the national focal point of the Convention on Biological Diversity?'),
	question('F2', 'yes_no', '2.1 2.2', 'Has your country taken part in regional or international conservation programmes for species in trade?'),
	question('F3', 'yes_no', '4.3', 'Has your country entered into bilateral or multilateral agreements on trade in wildlife?'),
	question('F4', 'yes_partly_no', '4.1 8.2', 'Are local communities involved in the sustainable management of species in trade?', since2005)
];
