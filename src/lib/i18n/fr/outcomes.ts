/** French messages of the outcomes (see en-outcomes.ts). */
import type { enOutcomes } from '../en-outcomes';

export const outcomes: Record<keyof typeof enOutcomes, string> = {
	'status.not_covered': 'Non couvert',
	'status.range.not_started': 'score inférieur à {max}',
	'status.range.early': 'score de {min} à moins de {max}',
	'status.range.in_progress': 'score de {min} à moins de {max}',
	'status.range.advanced': 'score de {min} ou plus',
	'status.range.no_data': 'le formulaire pose la question, aucune réponse notée',
	'status.range.not_covered': 'le formulaire de rapport ne pose aucune question à ce sujet',
	'outcome.not_reported': 'Rapport non soumis',
	'outcome.not_reported.range': 'rapport attendu et non soumis',
	'outcome.not_party': 'Non partie',
	'outcome.not_party.range': 'pas partie à la convention',
	'outcome.notCoveredLeftOut': 'Les parts et les moyennes excluent ce qu’un formulaire de rapport ne demande pas (non couvert).',
	'data.asOf': 'Données au {date}',
	'data.asOf.note': 'Les rapports en retard et les rapports dus sont comptés au {date}, date des données.',
	'counted.noLater': '{cycle} — {latest} non soumis',
	'counted.none': 'aucun rapport jusqu’à {cycle}',
	'counted.asOf': 'Au',
	'counted.asOfLabel': '{convention} : au',
	'counted.rule': 'Pour chaque convention, le dernier rapport soumis par le pays jusqu’au cycle choisi, avec son cycle.',
	'pending.numbers': 'Calcul des chiffres de cette sélection…',
	'pending.default': 'Vue par défaut en attendant le moteur ; votre sélection suit.',
	'count.target.one': '{count} objectif',
	'count.target.other': '{count} objectifs',
	'count.question.one': '{count} question associée',
	'count.question.other': '{count} questions associées',
	'count.country.one': '{count} pays',
	'count.country.other': '{count} pays',
	'count.report.one': '{count} rapport',
	'count.report.other': '{count} rapports',
	'summary.notCovered.one': '{count} objectif sur {total} n’est pas couvert par le formulaire de rapport de la {convention}.',
	'summary.notCovered.other': '{count} objectifs sur {total} ne sont pas couverts par le formulaire de rapport de la {convention}.',
	'summary.noDataAsked.one': '{count} des {asked} objectifs sur lesquels porte son formulaire n’a de données d’aucun pays.',
	'summary.noDataAsked.other': '{count} des {asked} objectifs sur lesquels porte son formulaire n’ont de données d’aucun pays.',
	'summary.notCoveredCells.one': '{count} cellule convention × objectif n’est pas couverte par le formulaire de sa convention et est exclue des parts.',
	'summary.notCoveredCells.other':
		'{count} cellules convention × objectif ne sont pas couvertes par le formulaire de leur convention et sont exclues des parts.',
	'summary.reportsNotYetDue.one': '{count} autre rapport n’est pas encore dû au {date}.',
	'summary.reportsNotYetDue.other': '{count} autres rapports ne sont pas encore dus au {date}.',
	'summary.strongest': 'Plus grande part de pays à un stade avancé : objectif {targets} ({count} sur {total}{each}).',
	'summary.weakest': 'Plus grande part de pays non commencés : objectif {targets} ({count} sur {total}{each}).',
	'summary.lowestRate': 'Taux de soumission le plus bas d’un dernier cycle : {convention} ({rate}, {cycle}).',
	'count.reportSubmitted.one': '{count} rapport soumis par les Parties',
	'count.reportSubmitted.other': '{count} rapports soumis par les Parties',
	'target.summary.notCovered':
		'Pour la {convention} ({cycle}), le formulaire de rapport ne pose aucune question sur {element} : non couvert (et non « pas de données »).',
	'methodology.rule4':
		'Les scores sont répartis en quatre classes selon les seuils ci-dessous. Les résultats qui ne sont pas un score ont leur propre nom, symbole et place dans chaque légende, tableau et export, et ne comptent jamais comme un score faible.',
	'methodology.outcomes.title': 'Résultats qui ne sont pas un score',
	'methodology.outcomes.notCovered':
		'Non couvert : le formulaire de rapport du cycle n’a aucune question associée à l’objectif — la convention ne pose pas la question. Les parts et les moyennes l’excluent et le disent, et les titres le comptent à part (« 6 objectifs sur 21 ne sont pas couverts par le formulaire de rapport de la CMS »).',
	'methodology.outcomes.noData':
		'Pas de données : le formulaire pose la question, mais le rapport soumis n’a aucune réponse notée (toutes « sans objet » ou sans réponse). Cela ne dit rien de l’avancement.',
	'methodology.outcomes.notReported':
		'Rapport non soumis : un rapport était attendu (le pays était partie à la date limite) et n’a pas été soumis. Il est « en retard » si la date limite était passée à la date des données, « pas encore dû » sinon.',
	'methodology.outcomes.notParty': 'Non partie : le pays n’était pas partie à la convention.',
	'methodology.counts.title': 'Quel rapport compte',
	'methodology.counts':
		'Les vues par cycle — la matrice de la vue d’ensemble, une convention, un objectif, les moyennes d’une région — utilisent le cycle choisi de chaque convention, par défaut le dernier. Les vues par pays — la page d’un pays et la comparaison — montrent pour chaque convention le dernier rapport soumis par le pays jusqu’au cycle choisi, avec son cycle (« COP9 — pas de rapport COP10 ») ; la moyenne d’une région à côté est calculée comme sur la page de la convention pour le même cycle. La même convention, le même cycle, le même pays ou la même région et le même objectif donnent le même chiffre sur toutes les pages.',
	'methodology.asOf.title': 'À la date des données',
	'methodology.asOf':
		'Les rapports en retard, les rapports dus et les résumés sont comptés à la date des données — la date indiquée par les données d’entrée, sinon la dernière soumission — jamais le jour de construction du site. Chaque page indique cette date.',
	'summary.each': ' chacun'
};
