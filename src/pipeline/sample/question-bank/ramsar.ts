/**
 * Ramsar national reports: "indicator" questions numbered by the Strategic Plan's goals and strategies, answered
 * with lettered options (A Yes, B No, C Partly, D Planned or in progress, X Not applicable).
 */

import { question } from './types';

const fromCop10 = { cycles: ['ramsar-cop10', 'ramsar-cop11'] };
const onlyCop11 = { cycles: ['ramsar-cop11'] };
const often = (naRate: number) => ({ naRate });

export const RAMSAR_QUESTIONS = [
	question('1.1.1', 'ramsar_abcd', '5.1', 'Does your country have a comprehensive National Wetland Inventory?'),
	question('1.1.2', 'ramsar_abcd', '', 'Is wetland inventory data and information maintained and made accessible to all stakeholders?'),
	question('1.1.3', 'ramsar_abcd', '5.1', 'Has the condition of wetlands in your country, overall, improved since the previous triennium?', fromCop10),
	question('1.3.1', 'ramsar_abcd', '5.1', 'Is a National Wetland Policy (or equivalent instrument) in place?'),
	question(
		'1.3.2',
		'ramsar_abcd',
		'8.2',
		'Have wetland issues been incorporated into national strategies for sustainable development, including poverty reduction strategies?'
	),
	question('1.3.3', 'ramsar_abcd', '5.1', 'Are wetland issues taken into account in Strategic Environmental Assessment of plans, programmes and policies?'),
	question('1.3.4', 'ramsar_abcd', '5.1', 'Is Environmental Impact Assessment required for development projects that may affect wetlands?'),
	question('1.4.1', 'ramsar_abcd', '8.1', 'Has an assessment been made of the ecosystem benefits and services provided by Ramsar sites?'),
	question('1.4.2', 'ramsar_abcd', '8.2', 'Have wise use programmes that contribute to poverty alleviation and food and water security been implemented?'),
	question('1.4.3', 'ramsar_abcd', '9.1 8.2', 'Have socio-economic and cultural values of wetlands been included in the management planning of Ramsar sites?'),
	question('1.4.4', 'ramsar_abcd', '8.1', 'Have the ecosystem services of wetlands been included in national water and land-use planning?'),
	question('1.5.1', 'ramsar_abcd', '', 'Have Ramsar sites been recognized in the national biodiversity strategy and action plan?'),
	question('1.6.1', 'ramsar_abcd', '4.1 8.1', 'Has research been undertaken on the interactions between agriculture and wetlands to inform wetland policies?'),
	question('1.6.2', 'ramsar_abcd', '7.1', 'Have the impacts of climate change on wetlands been assessed?'),
	question('1.7.1', 'ramsar_abcd', '8.1', "Do your country's water governance and management systems treat wetlands as natural water infrastructure?"),
	question('1.7.2', 'ramsar_abcd', '', 'Have communication, education, participation and awareness tools been incorporated into water resources planning?'),
	question('1.7.3', 'ramsar_abcd', '7.2', 'Have measures been taken to reduce pollution and nutrient loads affecting wetlands?'),
	question(
		'1.7.4',
		'ramsar_abcd',
		'7.1',
		'Has your country adopted policies that enhance the role of wetlands in mitigating or adapting to climate change?',
		fromCop10
	),
	question('1.7.5', 'ramsar_abcd', '8.1', 'Has water been allocated to maintain the ecological functions of wetlands?'),
	question('1.8.1', 'ramsar_abcd', '5.1', 'Have priority sites for wetland restoration been identified?'),
	question('1.8.2', 'ramsar_abcd', '5.1 8.1', 'Have wetland restoration or rehabilitation programmes or projects been implemented?'),
	question(
		'1.9.1',
		'ramsar_abcd',
		'6.1',
		'Does your country have a national inventory of invasive alien species that affect the ecological character of wetlands?'
	),
	question(
		'1.9.2',
		'ramsar_abcd',
		'6.2',
		'Have national policies or guidelines on the control and management of invasive species in wetlands been established?'
	),
	question('1.9.3', 'ramsar_abcd', '6.2', 'Have invasive species control programmes been implemented at Ramsar sites?', often(0.05)),
	question(
		'1.10.1',
		'ramsar_abcd',
		'4.1',
		'Is the private sector encouraged to apply the wise use principle in activities and investments concerning wetlands?'
	),
	question('1.11.1', 'ramsar_abcd', '4.1 11.1', 'Have incentive measures which encourage the conservation and wise use of wetlands been promoted?'),
	question('1.11.2', 'ramsar_abcd', '4.2 5.1', 'Have perverse incentive measures which discourage the conservation and wise use of wetlands been removed?'),
	question('2.1.1', 'ramsar_abcd', '1.2', 'Has a strategy and priorities been established for the further designation of Ramsar sites?'),
	question('2.1.2', 'ramsar_abcd', '1.1 1.2', "Are all wetland types represented in your country's network of Ramsar sites?"),
	question('2.2.1', 'ramsar_abcd', '', 'Are the Ramsar Information Sheets of all sites up to date?'),
	question('2.3.1', 'ramsar_abcd', '1.1', 'Has the effectiveness of the management of all Ramsar sites been assessed?'),
	question('2.4.1', 'ramsar_abcd', '1.2', 'Have management plans been prepared for Ramsar sites?'),
	question('2.4.2', 'ramsar_abcd', '1.2', 'Are the management plans of Ramsar sites being implemented?'),
	question('2.4.3', 'ramsar_abcd', '1.2', 'Have cross-sectoral site management committees been established at Ramsar sites?'),
	question(
		'2.5.1',
		'ramsar_abcd',
		'5.1',
		'Are mechanisms in place for the Administrative Authority to be informed of changes in the ecological character of Ramsar sites?'
	),
	question(
		'2.5.2',
		'ramsar_abcd',
		'5.1',
		'Have all cases of negative human-induced change in the ecological character of Ramsar sites been reported to the Secretariat?',
		often(0.1)
	),
	question(
		'2.6.1',
		'ramsar_abcd',
		'5.1 1.2',
		'Have actions been taken to address the issues for which Ramsar sites were listed on the Montreux Record?',
		often(0.35)
	),
	question(
		'2.7.1',
		'ramsar_abcd',
		'1.2 5.1',
		'Has the ecological character of internationally important wetlands not yet designated as Ramsar sites been maintained?'
	),
	question('2.7.2', 'ramsar_abcd', '2.2', 'Have measures been taken to conserve wetland-dependent threatened species?'),
	question('2.7.3', 'ramsar_abcd', '2.1', 'Are populations of waterbirds monitored at wetlands of international importance?'),
	question('2.7.4', 'ramsar_abcd', '4.1 8.2', 'Are wetland fisheries and other harvested wetland resources sustainably managed?'),
	question(
		'3.1.1',
		'ramsar_abcd',
		'',
		'Is there collaboration between the Ramsar Administrative Authority and the focal points of other environmental conventions?'
	),
	question('3.2.1', 'ramsar_abcd', '', 'Has your country been involved in the development and implementation of a regional initiative under the Convention?'),
	question(
		'3.3.1',
		'ramsar_abcd',
		'11.1',
		'Has your agency for development assistance funded wetland conservation and management in other countries?',
		often(0.4)
	),
	question(
		'3.3.2',
		'ramsar_abcd',
		'11.1',
		'Has your country received funding from development assistance agencies for wetland conservation and management?',
		often(0.2)
	),
	question('3.4.1', 'ramsar_abcd', '11.2', 'Have networks, including twinning arrangements, been established for knowledge sharing and training on wetlands?'),
	question('3.4.2', 'ramsar_abcd', '', "Has information about your country's wetlands and Ramsar sites been made public?"),
	question('3.5.1', 'ramsar_abcd', '1.1', 'Have all transboundary wetland systems been identified?', often(0.15)),
	question('3.5.2', 'ramsar_abcd', '1.2 8.1', 'Is effective cooperative management in place for shared wetland systems?', often(0.15)),
	question('3.5.3', 'ramsar_abcd', '2.1', 'Does your country participate in regional networks or initiatives for wetland-dependent migratory species?'),
	question('4.1.1', 'ramsar_abcd', '', 'Has an action plan for wetland communication, education, participation and awareness been established?'),
	question(
		'4.1.2',
		'ramsar_abcd',
		'9.1 9.2',
		'Have the traditional knowledge and management practices of indigenous peoples and local communities been taken into account in wetland management?'
	),
	question('4.1.3', 'ramsar_abcd', '9.2', 'Do indigenous and local communities participate in the management of Ramsar sites?'),
	question('4.1.4', 'ramsar_abcd', '', 'Have visitor or education centres been established at Ramsar sites?'),
	question('4.1.5', 'ramsar_abcd', '', 'Does your country have an operational cross-sectoral National Ramsar/Wetlands Committee?'),
	question(
		'4.2.1',
		'ramsar_abcd',
		'11.1',
		'Has additional financial support been provided through voluntary contributions to non-core funded Convention activities?'
	),
	question('4.4.1', 'ramsar_abcd', '11.2', "Has your country received assistance from the Convention's International Organization Partners?"),
	question('4.4.2', 'ramsar_abcd', '11.2', 'Has an assessment of national and local training needs for the implementation of the Convention been made?'),
	question('5.1.1', 'ramsar_abcd', '', 'Has the Changwon Declaration been used to inform national policies on wetlands?', onlyCop11)
];
