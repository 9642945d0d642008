/**
 * CBD national reports. The third report (VII/25) is a tick-box questionnaire by Article and programme of work
 * with a section asking, per 2010 target, whether a national target was set; the fourth (VIII/14) is
 * outcome-oriented and asks about progress towards the 2010 target.
 */

import { question } from './types';

const only3 = { cycles: ['cbd-3nr'] };
const only4 = { cycles: ['cbd-4nr'] };

export const CBD_QUESTIONS = [
	question('Q1', 'cbd_ladder4', '', 'Has your country developed a national biodiversity strategy and action plan?'),
	question('Q2', 'yes_no', '', 'Has your country designated a national focal point for the Convention?'),
	question('Q3', 'cbd_ladder4', '', 'Has your country integrated biodiversity into relevant sectoral plans, programmes and policies?'),
	question('Q4', 'cbd_ladder4', '', 'Has your country implemented communication, education and public awareness activities on biodiversity?'),
	question('Q5', 'yes_no', '', 'Were stakeholders consulted in the preparation of this report?'),
	question('Q10', 'cbd_ladder4', '1.1 1.2', 'Has your country established a comprehensive, representative and effectively managed system of protected areas?'),
	question('Q11', 'cbd_ladder4', '1.1', 'Has your country assessed the management effectiveness of its protected areas?'),
	question('Q12', 'cbd_ladder4', '1.1', 'Has your country identified gaps in the ecological representativeness of its protected area system?'),
	question('Q13', 'cbd_ladder4', '1.1 8.1', 'Has your country established marine protected areas covering representative coastal and marine ecosystems?'),
	question('Q14', 'cbd_ladder4', '1.2', 'Has your country identified areas of particular importance to biodiversity, such as key biodiversity areas?'),
	question('Q15', 'cbd_ladder4', '1.2', 'Are areas of particular importance to biodiversity protected through designation or other effective measures?'),
	question('Q16', 'cbd_ladder4', '2.1', 'Has your country established a programme to monitor the populations of species of selected taxonomic groups?'),
	question('Q17', 'cbd_ladder4', '2.1 2.2', 'Has your country implemented recovery or management plans for declining species?'),
	question('Q18', 'cbd_ladder4', '2.2', 'Has your country prepared a national red list or assessment of threatened species?'),
	question('Q19', 'cbd_ladder4', '2.2 3.1', 'Has your country adopted measures for the ex situ conservation of threatened species?'),
	question('Q20', 'cbd_ladder4', '3.1', 'Has your country developed a strategy for the conservation of plant genetic resources for food and agriculture?'),
	question('Q21', 'cbd_ladder4', '3.1', 'Has your country established gene banks or other ex situ collections of crop and livestock genetic resources?'),
	question('Q22', 'cbd_ladder4', '4.1 5.1', 'Has your country adopted measures to promote sustainable forest management?'),
	question('Q23', 'cbd_ladder4', '4.1', 'Has your country adopted measures to promote agricultural practices that conserve biodiversity?'),
	question('Q24', 'cbd_ladder4', '4.1 4.2', 'Has your country adopted certification or other measures for sustainably harvested products?'),
	question('Q25', 'cbd_ladder4', '4.2', 'Has your country adopted measures to reduce unsustainable consumption of biological resources?'),
	question('Q26', 'yes_no', '4.2', 'Has your country integrated biodiversity considerations into its public procurement policies?'),
	question(
		'Q27',
		'cbd_ladder4',
		'4.3',
		'Has your country taken measures to ensure that no species of wild flora or fauna is endangered by international trade?'
	),
	question('Q28', 'yes_no', '4.3', 'Do the national focal points of the CBD and CITES cooperate on the implementation of both conventions?'),
	question('Q29', 'cbd_ladder4', '5.1', 'Has your country adopted measures to reduce the rate of loss and degradation of natural habitats?'),
	question(
		'Q30',
		'cbd_ladder4',
		'5.1',
		'Does your country apply environmental impact assessment to projects likely to have significant adverse effects on biodiversity?'
	),
	question('Q31', 'cbd_ladder4', '5.1 8.1', 'Has your country implemented the programme of work on inland water biodiversity?'),
	question('Q32', 'cbd_ladder4', '6.1', 'Has your country identified the pathways for the introduction of invasive alien species?'),
	question(
		'Q33',
		'cbd_ladder4',
		'6.1',
		'Has your country put in place border controls and quarantine measures to prevent the introduction of invasive alien species?'
	),
	question(
		'Q34',
		'cbd_ladder4',
		'6.2',
		'Has your country developed management plans for major invasive alien species that threaten ecosystems, habitats or species?'
	),
	question('Q35', 'cbd_ladder4', '6.2', 'Has your country undertaken eradication or control programmes for invasive alien species?'),
	question('Q36', 'cbd_ladder4', '7.1', 'Has your country assessed the vulnerability of biodiversity to climate change?'),
	question('Q37', 'cbd_ladder4', '7.1', 'Has your country integrated biodiversity considerations into its climate change adaptation plans?'),
	question('Q38', 'cbd_ladder4', '7.1 1.1', 'Has your country taken measures to maintain or restore the connectivity of ecosystems?'),
	question('Q39', 'cbd_ladder4', '7.2', 'Has your country adopted measures to reduce pollution and its impacts on biodiversity?'),
	question('Q40', 'cbd_ladder4', '7.2 8.1', 'Has your country set limits on nutrient loads affecting freshwater and coastal ecosystems?'),
	question('Q41', 'cbd_ladder4', '8.1', 'Has your country assessed the goods and services provided by its ecosystems?'),
	question('Q42', 'cbd_ladder4', '8.1 4.1', 'Has your country applied the ecosystem approach in the management of natural resources?'),
	question(
		'Q43',
		'cbd_ladder4',
		'8.2',
		'Has your country adopted measures to maintain biological resources that support local livelihoods, food security and health care?'
	),
	question('Q44', 'yes_partly_no', '8.2', "Are biodiversity considerations integrated into your country's poverty reduction strategy?"),
	question(
		'Q45',
		'cbd_ladder4',
		'9.1',
		'Has your country adopted measures to respect, preserve and maintain traditional knowledge, innovations and practices?'
	),
	question('Q46', 'yes_no', '9.1', 'Has your country established a register or inventory of traditional knowledge relevant to biodiversity?'),
	question(
		'Q47',
		'cbd_ladder4',
		'9.2',
		'Has your country adopted measures to protect the rights of indigenous and local communities over their traditional knowledge?'
	),
	question('Q48', 'yes_no', '9.2 9.1', 'Are indigenous and local communities involved in the preparation of national biodiversity policies?'),
	question('Q49', 'cbd_ladder4', '10.1', 'Has your country adopted legislative, administrative or policy measures on access to genetic resources?'),
	question('Q50', 'yes_no', '10.1', 'Has your country designated a national focal point and competent authority for access and benefit-sharing?'),
	question('Q51', 'cbd_ladder4', '10.1 10.2', 'Has your country implemented the Bonn Guidelines on access to genetic resources and benefit-sharing?'),
	question(
		'Q52',
		'cbd_ladder4',
		'10.2',
		'Has your country adopted measures to ensure the fair and equitable sharing of benefits arising from the use of genetic resources?'
	),
	question('Q53', 'yes_no', '10.1', 'Does your country require prior informed consent and mutually agreed terms for access to its genetic resources?'),
	question(
		'Q54',
		'cbd_ladder4',
		'11.1',
		'Has your country provided financial support for national activities intended to achieve the objectives of the Convention?'
	),
	question('Q55', 'yes_partly_no', '11.1', 'Has your country provided new and additional financial resources to developing country Parties?'),
	question('Q56', 'cbd_ladder4', '11.1 4.1', 'Has your country established incentive measures for the conservation and sustainable use of biodiversity?'),
	question(
		'Q57',
		'cbd_ladder4',
		'11.2',
		'Has your country promoted the transfer of technology relevant to the conservation and sustainable use of biodiversity?'
	),
	question('Q58', 'cbd_ladder4', '11.2', 'Has your country established a national clearing-house mechanism for scientific and technical cooperation?'),
	question(
		'T1',
		'cbd_national_target',
		'1.1',
		'Has your country established a national target to effectively conserve at least 10% of each ecological region?',
		only3
	),
	question(
		'T2',
		'cbd_national_target',
		'1.2',
		'Has your country established a national target for protecting areas of particular importance to biodiversity?',
		only3
	),
	question(
		'T3',
		'cbd_national_target',
		'2.1',
		'Has your country established a national target to restore, maintain or reduce the decline of populations of selected species?',
		only3
	),
	question('T4', 'cbd_national_target', '2.2', 'Has your country established a national target for improving the status of threatened species?', only3),
	question(
		'T5',
		'cbd_national_target',
		'3.1',
		'Has your country established a national target for conserving the genetic diversity of crops, livestock and harvested species?',
		only3
	),
	question(
		'T6',
		'cbd_national_target',
		'4.1',
		'Has your country established a national target on biodiversity-based products derived from sustainably managed sources?',
		only3
	),
	question(
		'T7',
		'cbd_national_target',
		'4.2',
		'Has your country established a national target for reducing unsustainable consumption of biological resources?',
		only3
	),
	question(
		'T8',
		'cbd_national_target',
		'5.1',
		'Has your country established a national target for decreasing the rate of loss and degradation of natural habitats?',
		only3
	),
	question('T9', 'cbd_national_target', '6.1 6.2', 'Has your country established national targets for invasive alien species?', only3),
	question(
		'T10',
		'cbd_national_target',
		'9.1',
		'Has your country established a national target for protecting traditional knowledge, innovations and practices?',
		only3
	),
	question('P1', 'yes_partly_no', '', 'Has your country assessed progress towards the 2010 biodiversity target at the national level?', only4),
	question('P2', 'yes_partly_no', '', 'Has your country updated its national biodiversity strategy and action plan to incorporate the 2010 target?', only4),
	question('P3', 'yes_partly_no', '2.2 3.1', 'Has your country implemented the targets of the Global Strategy for Plant Conservation?', only4),
	question('P4', 'yes_partly_no', '1.1 1.2', 'Has your country implemented the programme of work on protected areas?', only4),
	question(
		'P5',
		'yes_partly_no',
		'5.1 2.1',
		'Have national indicators shown a decrease in the rate of biodiversity loss since the third national report?',
		only4
	)
];
