/**
 * French messages of the target pages, the site search and the breadcrumbs (keys of en-target.ts).
 * As in the CBD's French texts, a goal is a « but » and a target an « objectif ». An {element} in a
 * sentence carries its article (« l’objectif 1.1 », « le but 1 »), so it only follows « pour »/« concernant ».
 */
import type { enTarget } from '../en-target';

export const target = {
	'nav.targets': 'Objectifs',
	'breadcrumb.label': 'Fil d’Ariane',

	'search.label': 'Rechercher',
	'search.placeholder': 'Pays, convention, objectif',
	'search.results': 'Résultats de la recherche',
	'search.count': '{count} résultats ; flèches pour choisir, Entrée pour ouvrir.',
	'search.count.one': '1 résultat ; Entrée pour ouvrir.',
	'search.none': 'Aucun résultat pour « {query} ».',
	'search.loading': 'Chargement de la liste des pays, conventions et objectifs…',
	'search.unavailable': 'La recherche n’a pas pu charger sa liste. Vérifiez la connexion et réessayez.',
	'search.kind.country': 'Pays',
	'search.kind.convention': 'Convention',

	'target.level.target': 'Objectif {code}',
	'target.level.goal': 'But {code}',
	'target.level.focal_area': 'Domaine d’intervention {code}',
	'target.level.target.text': 'l’objectif {code}',
	'target.level.goal.text': 'le but {code}',
	'target.level.focal_area.text': 'le domaine d’intervention {code}',
	'target.title': '{name} : avancement par convention et par cycle d’établissement des rapports — objectif de 2010 relatif à la diversité biologique',
	'target.heading': '{name} : {title}',
	'target.place.heading': 'Place dans le cadre',
	'target.place.goal': 'But',
	'target.place.focal_area': 'Domaine d’intervention',
	'target.place.children.goal': 'Objectifs relevant de ce but',
	'target.place.children.focal_area': 'Buts relevant de ce domaine d’intervention',
	'target.place.rollup.goal': 'Son avancement est la moyenne de ses objectifs disposant de données.',
	'target.place.rollup.focal_area': 'Son avancement est la moyenne de ses buts disposant de données ; celui d’un but est la moyenne de ses objectifs.',

	'target.filter.convention': 'Convention',
	'target.filter.allConventions': 'Toutes les conventions',
	'target.filter.cycle': 'Cycle d’établissement des rapports',
	'target.filter.latest': 'Dernier : {cycle}',
	'target.filter.cycleNeedsConvention': 'Choisissez une convention pour sélectionner son cycle ; chaque convention présente son dernier cycle.',
	'target.summary.heading': 'Résumé',
	'target.summary.where': ' de la région {region}',
	'target.summary.progress':
		'{convention} ({cycle}) : {progressing} des {reporting} Parties ayant fait rapport sont en cours ou à un stade avancé pour {element}.',
	'target.summary.missing': '{count} d’entre elles ne disposent d’aucune donnée à ce sujet.',
	'target.summary.noData': '{convention} ({cycle}) : aucune des {reporting} Parties ayant fait rapport n’a de réponse notée pour {element}.',
	'target.summary.noReports': '{convention} ({cycle}) : aucune Partie n’a soumis de rapport.',
	'target.summary.progress.region':
		'{convention} ({cycle}) : {progressing} des {reporting} Parties de la région {region} ayant fait rapport sont en cours ou à un stade avancé pour {element}.',
	'target.summary.noData.region':
		'{convention} ({cycle}) : aucune des {reporting} Parties de la région {region} ayant fait rapport n’a de réponse notée pour {element}.',
	'target.summary.noReports.region': '{convention} ({cycle}) : aucune Partie de la région {region} n’a soumis de rapport.',

	'target.status.title': 'Avancement par convention et par cycle d’établissement des rapports',
	'target.status.description':
		'Barres horizontales, une par convention et par cycle : l’avancement pour {element} sur une échelle de 0 à 1 (moyenne des pays disposant de données), avec le nombre de pays concernés. Les lignes en tirets marquent les limites des niveaux : {boundaries}.',
	'target.status.axis': 'Score (0 = non commencé, 1 = pleinement mis en œuvre)',
	'target.status.bar': '{convention}, {cycle} : {status}, score {score}, {countries} pays disposant de données sur {reports} ayant fait rapport',
	'target.status.bar.none': '{convention}, {cycle} : pas de données ({reports} ayant fait rapport)',
	'target.status.noData': 'Pas de données ({reports} ayant fait rapport)',
	'target.status.countries': '{count} pays',
	'target.status.hint': 'Choisissez une convention et un cycle : cliquez sur sa barre ou sur son nom dans le tableau.',
	'target.status.select': 'Afficher {convention}, {cycle}',
	'target.status.rule':
		'L’avancement d’une convention pour un objectif est la moyenne des pays disposant de données ; celui d’un but est la moyenne de ses objectifs, celui d’un domaine d’intervention la moyenne de ses buts.',

	'target.map.title': 'Avancement par pays pour {element} : {convention}, {cycle}',
	'target.map.description':
		'Carte du monde : l’avancement de chaque pays pour {element} dans son rapport au titre de la convention {convention} (couleur et symbole) ; les Parties qui n’ont pas fait rapport n’ont pas de données, les autres pays ne sont pas Parties.',
	'target.map.first': 'La carte présente la convention {convention} tant qu’aucune convention n’est choisie ci-dessus.',
	'target.map.hint': 'Sélectionnez un pays sur la carte pour ouvrir sa page ; le champ de recherche permet aussi de le trouver.',
	'target.map.note.noReport': 'aucun rapport soumis',
	'target.map.note.noScore': 'rapport sans réponse notée',

	'target.col.convention': 'Convention',
	'target.col.cycle': 'Cycle',
	'target.col.year': 'Année',
	'target.col.status': 'Avancement',
	'target.col.score': 'Score',
	'target.col.countries': 'Pays disposant de données',
	'target.col.reports': 'Rapports soumis',
	'target.col.question': 'Question',
	'target.col.text': 'Libellé',
	'target.col.answers': 'Réponses (rapports, part)',
	'target.col.notApplicable': 'Sans objet',
	'target.col.noAnswer': 'Sans réponse',

	'target.crosswalk.heading': 'Table de correspondance : questions des rapports concernant {element}',
	'target.crosswalk.intro':
		'Chaque convention pose ses propres questions dans son propre format. Voici les questions qui, selon la table de correspondance, concernent {element}{below}, et la manière dont les rapports soumis y ont répondu. Les parts sont calculées sur les rapports soumis ; les réponses « sans objet » sont présentées à part et ne sont pas notées.',
	'target.crosswalk.below': ' ou un objectif qui en relève',
	'target.crosswalk.counts': '{questions} ; {reports}{where}.',
	'target.crosswalk.none': 'Aucune question de ce modèle de rapport ne concerne {element}.',
	'target.crosswalk.questions': 'Libellé, échelle de réponses et objectifs des {count} questions',
	'target.crosswalk.scale': 'Échelle de réponses :',
	'target.crosswalk.targets': 'Objectifs concernés : {codes}',
	'target.crosswalk.notApplicable': 'non noté',
	'target.answers.title': 'Réponses – {convention}, {cycle}',
	'target.answers.description':
		'Une barre empilée par question : la part des rapports soumis donnant chaque réponse, de la réponse au score le plus bas à celle au score le plus élevé (colorée selon le niveau d’avancement correspondant à son score), puis « sans objet » (gris) et sans réponse (blanc).',
	'target.answers.axis': 'Rapports soumis (%)',
	'target.answers.segment': '{question} : {answer}, {count} rapports sur {reports} ({share})',
	'target.answers.noAnswer': 'Sans réponse',
	'target.answers.noReports': 'Aucun rapport soumis',

	'target.indicators.heading': 'Indicateurs désignés par le cadre',
	'target.indicators.intro': 'Le cadre (décisions VII/30 et VIII/15) désigne les indicateurs de résultats suivants comme pertinents pour {element} :',
	'target.indicators.none': 'Le cadre ne désigne aucun indicateur de résultats pour {element}.',

	'targets.title': 'Objectifs : le cadre de 2010 et l’avancement de chaque élément par convention',
	'targets.heading': 'Objectifs du cadre de 2010',
	'targets.intro':
		'7 domaines d’intervention, 11 buts et 21 objectifs. Chaque élément indique son avancement au titre de chaque convention dans le dernier cycle d’établissement des rapports de celle-ci ; ouvrez un élément pour voir ses cycles, sa carte et les questions des rapports sur lesquelles il repose.',
	'targets.chip': '{convention} : {status}, score {score}, {countries} pays',
	'targets.chip.none': '{convention} : pas de données',
	'targets.cycles': 'Derniers cycles : {cycles}.'
} satisfies Record<keyof typeof enTarget, string>;
