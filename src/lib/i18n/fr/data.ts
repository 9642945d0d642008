/**
 * French labels of the data. The framework wording is this project's translation of CBD decisions VII/30
 * and VIII/15 (close to the French text of the decisions, but not it): « domaine d’intervention », « but »,
 * « objectif ». Convention names are their official French titles; regions the UN M49 French names.
 */
import type { DataLabels } from '../catalogue';

const framework: Record<string, string> = {
	fa1: 'Protéger les éléments constitutifs de la diversité biologique',
	g1: 'Promouvoir la conservation de la diversité biologique des écosystèmes, des habitats et des biomes',
	't1.1': 'Au moins 10 % de chacune des régions écologiques de la planète effectivement conservés',
	't1.2': 'Zones particulièrement importantes pour la diversité biologique protégées',
	g2: 'Promouvoir la conservation de la diversité des espèces',
	't2.1': 'Rétablir et maintenir les populations d’espèces de certains groupes taxonomiques, ou en réduire le déclin',
	't2.2': 'État des espèces menacées amélioré',
	g3: 'Promouvoir la conservation de la diversité génétique',
	't3.1':
		'Diversité génétique des cultures, du bétail et des espèces d’arbres, de poissons et d’animaux sauvages exploitées et d’autres espèces précieuses conservée, et connaissances autochtones et locales associées maintenues',

	fa2: 'Promouvoir l’utilisation durable',
	g4: 'Promouvoir l’utilisation et la consommation durables',
	't4.1':
		'Produits issus de la diversité biologique provenant de sources gérées de manière durable, et zones de production gérées de manière compatible avec la conservation de la diversité biologique',
	't4.2': 'Consommation non durable de ressources biologiques, ou ayant des incidences sur la diversité biologique, réduite',
	't4.3': 'Aucune espèce de flore ou de faune sauvages menacée par le commerce international',

	fa3: 'Faire face aux menaces qui pèsent sur la diversité biologique',
	g5: 'Pressions dues à la perte d’habitats, aux changements d’affectation et à la dégradation des terres, et à l’utilisation non durable de l’eau, réduites',
	't5.1': 'Rythme de perte et de dégradation des habitats naturels ralenti',
	g6: 'Maîtriser les menaces que représentent les espèces exotiques envahissantes',
	't6.1': 'Voies d’introduction des principales espèces exotiques potentiellement envahissantes contrôlées',
	't6.2': 'Plans de gestion en place pour les principales espèces exotiques qui menacent des écosystèmes, des habitats ou des espèces',
	g7: 'Relever les défis que posent à la diversité biologique les changements climatiques et la pollution',
	't7.1':
		'Maintenir et renforcer la résilience des éléments constitutifs de la diversité biologique afin de permettre leur adaptation aux changements climatiques',
	't7.2': 'Réduire la pollution et ses effets sur la diversité biologique',

	fa4: 'Maintenir les biens et services issus de la diversité biologique pour favoriser le bien-être humain',
	g8: 'Maintenir la capacité des écosystèmes à fournir des biens et services et à assurer des moyens de subsistance',
	't8.1': 'Capacité des écosystèmes à fournir des biens et services maintenue',
	't8.2':
		'Ressources biologiques qui contribuent à des moyens de subsistance durables, à la sécurité alimentaire locale et aux soins de santé, en particulier pour les populations pauvres, maintenues',

	fa5: 'Protéger les connaissances, innovations et pratiques traditionnelles',
	g9: 'Maintenir la diversité socioculturelle des communautés autochtones et locales',
	't9.1': 'Protéger les connaissances, innovations et pratiques traditionnelles',
	't9.2':
		'Protéger les droits des communautés autochtones et locales sur leurs connaissances, innovations et pratiques traditionnelles, y compris leur droit au partage des avantages',

	fa6: 'Assurer le partage juste et équitable des avantages découlant de l’utilisation des ressources génétiques',
	g10: 'Assurer le partage juste et équitable des avantages découlant de l’utilisation des ressources génétiques',
	't10.1': 'Tout accès aux ressources génétiques est conforme à la Convention sur la diversité biologique et à ses dispositions pertinentes',
	't10.2':
		'Avantages découlant de l’utilisation commerciale et autre des ressources génétiques partagés de manière juste et équitable avec les pays qui fournissent ces ressources, conformément à la Convention sur la diversité biologique et à ses dispositions pertinentes',

	fa7: 'Assurer la fourniture de ressources suffisantes',
	g11: 'Les Parties ont renforcé leurs capacités financières, humaines, scientifiques, techniques et technologiques de mise en œuvre de la Convention',
	't11.1':
		'Des ressources financières nouvelles et additionnelles sont transférées aux pays en développement Parties, afin de permettre la mise en œuvre effective de leurs engagements au titre de la Convention, conformément à l’article 20',
	't11.2':
		'Des technologies sont transférées aux pays en développement Parties, afin de permettre la mise en œuvre effective de leurs engagements au titre de la Convention, conformément au paragraphe 4 de l’article 20'
};

const conventions: Record<string, string> = {
	cbd: 'Convention sur la diversité biologique',
	cites: 'Convention sur le commerce international des espèces de faune et de flore sauvages menacées d’extinction',
	cms: 'Convention sur la conservation des espèces migratrices appartenant à la faune sauvage',
	ramsar: 'Convention relative aux zones humides d’importance internationale particulièrement comme habitats des oiseaux d’eau',
	whc: 'Convention concernant la protection du patrimoine mondial, culturel et naturel'
};

/** UN M49 regions and subregions (and intermediate regions, should a data set use them). */
const regions: Record<string, string> = {
	Africa: 'Afrique',
	'Northern Africa': 'Afrique septentrionale',
	'Sub-Saharan Africa': 'Afrique subsaharienne',
	'Eastern Africa': 'Afrique orientale',
	'Middle Africa': 'Afrique centrale',
	'Southern Africa': 'Afrique australe',
	'Western Africa': 'Afrique occidentale',
	Americas: 'Amériques',
	'Latin America and the Caribbean': 'Amérique latine et Caraïbes',
	Caribbean: 'Caraïbes',
	'Central America': 'Amérique centrale',
	'South America': 'Amérique du Sud',
	'Northern America': 'Amérique septentrionale',
	Asia: 'Asie',
	'Central Asia': 'Asie centrale',
	'Eastern Asia': 'Asie orientale',
	'South-eastern Asia': 'Asie du Sud-Est',
	'Southern Asia': 'Asie du Sud',
	'Western Asia': 'Asie occidentale',
	Europe: 'Europe',
	'Eastern Europe': 'Europe orientale',
	'Northern Europe': 'Europe septentrionale',
	'Southern Europe': 'Europe méridionale',
	'Western Europe': 'Europe occidentale',
	'Southeast Europe': 'Europe du Sud-Est',
	'Channel Islands': 'Îles Anglo-Normandes',
	Oceania: 'Océanie',
	'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
	Melanesia: 'Mélanésie',
	Micronesia: 'Micronésie',
	Polynesia: 'Polynésie'
};

const indicators: Record<string, string> = {
	red_list_index: 'Indice de la Liste rouge (survie des espèces)',
	forest_area_pct_land: 'Superficie forestière',
	protected_areas_pct_territory: 'Aires protégées terrestres et marines',
	living_planet_index: 'Indice Planète vivante (populations de vertébrés, WWF 2016)',
	world_heritage_natural_sites: 'Biens naturels et mixtes du patrimoine mondial (cumul, par année d’inscription)'
};

/** Aggregates as the sources name them: World Bank (WDI), Our World in Data (FAO, UN, UN SDG regions). */
const entities: Record<string, string> = {
	World: 'Monde',
	Africa: 'Afrique',
	Asia: 'Asie',
	Europe: 'Europe',
	'North America': 'Amérique du Nord',
	'South America': 'Amérique du Sud',
	Oceania: 'Océanie',
	'Africa (FAO)': 'Afrique (FAO)',
	'Asia (FAO)': 'Asie (FAO)',
	'Caribbean (FAO)': 'Caraïbes (FAO)',
	'Central America (FAO)': 'Amérique centrale (FAO)',
	'Europe (FAO)': 'Europe (FAO)',
	'Northern Africa (FAO)': 'Afrique du Nord (FAO)',
	'Oceania (FAO)': 'Océanie (FAO)',
	'South America (FAO)': 'Amérique du Sud (FAO)',
	'Northern America (FAO)': 'Amérique septentrionale (FAO)',
	'Africa (UN)': 'Afrique (ONU)',
	'Europe (UN)': 'Europe (ONU)',
	'Northern Africa (UN)': 'Afrique septentrionale (ONU)',
	'Northern America (UN)': 'Amérique septentrionale (ONU)',
	'Australia and New Zealand (UN SDG)': 'Australie et Nouvelle-Zélande (ONU, ODD)',
	'Central and Southern Asia (UN SDG)': 'Asie centrale et Asie du Sud (ONU, ODD)',
	'Eastern and South-Eastern Asia (UN SDG)': 'Asie de l’Est et du Sud-Est (ONU, ODD)',
	'Europe and Northern America (UN SDG)': 'Europe et Amérique du Nord (ONU, ODD)',
	'Latin America and the Caribbean (UN SDG)': 'Amérique latine et Caraïbes (ONU, ODD)',
	'Northern Africa and Western Asia (UN SDG)': 'Afrique du Nord et Asie de l’Ouest (ONU, ODD)',
	'Oceania (UN SDG)': 'Océanie (ONU, ODD)',
	'Sub-Saharan Africa (UN SDG)': 'Afrique subsaharienne (ONU, ODD)',
	'Least Developed Countries (LDCs)': 'Pays les moins avancés (PMA)',
	'Small Island Developing States (SIDS)': 'Petits États insulaires en développement (PEID)',
	'European Union (27)': 'Union européenne (27)',
	England: 'Angleterre',
	Scotland: 'Écosse',
	'Saint Barthlemy': 'Saint-Barthélemy',
	'High-income countries': 'Pays à revenu élevé',
	'Low-income countries': 'Pays à faible revenu',
	'Lower-middle-income countries': 'Pays à revenu intermédiaire de la tranche inférieure',
	'Upper-middle-income countries': 'Pays à revenu intermédiaire de la tranche supérieure',

	'Africa Eastern and Southern': 'Afrique orientale et australe',
	'Africa Western and Central': 'Afrique occidentale et centrale',
	'Arab World': 'Monde arabe',
	'Central Europe and the Baltics': 'Europe centrale et pays baltes',
	'Caribbean small states': 'Petits États des Caraïbes',
	'East Asia & Pacific': 'Asie de l’Est et Pacifique',
	'East Asia & Pacific (excluding high income)': 'Asie de l’Est et Pacifique (hors revenu élevé)',
	'East Asia & Pacific (IDA & IBRD countries)': 'Asie de l’Est et Pacifique (pays IDA et BIRD)',
	'Early-demographic dividend': 'Dividende démographique précoce',
	'Late-demographic dividend': 'Dividende démographique tardif',
	'Pre-demographic dividend': 'Pré-dividende démographique',
	'Post-demographic dividend': 'Post-dividende démographique',
	'Europe & Central Asia': 'Europe et Asie centrale',
	'Europe & Central Asia (excluding high income)': 'Europe et Asie centrale (hors revenu élevé)',
	'Europe & Central Asia (IDA & IBRD countries)': 'Europe et Asie centrale (pays IDA et BIRD)',
	'Euro area': 'Zone euro',
	'European Union': 'Union européenne',
	'Fragile and conflict affected situations': 'Situations de fragilité et de conflit',
	'Heavily indebted poor countries (HIPC)': 'Pays pauvres très endettés (PPTE)',
	'High income': 'Revenu élevé',
	'Upper middle income': 'Revenu intermédiaire, tranche supérieure',
	'Middle income': 'Revenu intermédiaire',
	'Lower middle income': 'Revenu intermédiaire, tranche inférieure',
	'Low & middle income': 'Revenu faible et intermédiaire',
	'Low income': 'Faible revenu',
	'IBRD only': 'BIRD uniquement',
	'IDA & IBRD total': 'Total IDA et BIRD',
	'IDA total': 'Total IDA',
	'IDA blend': 'IDA mixte',
	'IDA only': 'IDA uniquement',
	'Latin America & Caribbean': 'Amérique latine et Caraïbes',
	'Latin America & Caribbean (excluding high income)': 'Amérique latine et Caraïbes (hors revenu élevé)',
	'Latin America & the Caribbean (IDA & IBRD countries)': 'Amérique latine et Caraïbes (pays IDA et BIRD)',
	'Least developed countries: UN classification': 'Pays les moins avancés : classification de l’ONU',
	'Middle East & North Africa': 'Moyen-Orient et Afrique du Nord',
	'Middle East & North Africa (excluding high income)': 'Moyen-Orient et Afrique du Nord (hors revenu élevé)',
	'Middle East & North Africa (IDA & IBRD countries)': 'Moyen-Orient et Afrique du Nord (pays IDA et BIRD)',
	'OECD members': 'Membres de l’OCDE',
	'Other small states': 'Autres petits États',
	'Pacific island small states': 'Petits États insulaires du Pacifique',
	'Small states': 'Petits États',
	'South Asia': 'Asie du Sud',
	'South Asia (IDA & IBRD)': 'Asie du Sud (IDA et BIRD)',
	'Sub-Saharan Africa': 'Afrique subsaharienne',
	'Sub-Saharan Africa (excluding high income)': 'Afrique subsaharienne (hors revenu élevé)',
	'Sub-Saharan Africa (IDA & IBRD countries)': 'Afrique subsaharienne (pays IDA et BIRD)'
};

export const frData: DataLabels = { frameworkOfficial: false, framework, conventions, regions, indicators, entities };
