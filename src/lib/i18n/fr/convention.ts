/** French messages of the convention pages, the world map and the matrix's links (keys of en-convention.ts). */
import type { enConvention } from '../en-convention';

export const convention = {
	'nav.conventions': 'Conventions',
	'conventions.title': 'Conventions : soumission des rapports et avancement vers l’objectif de 2010',
	'conventions.heading': 'Conventions',
	'conventions.intro':
		'Les cinq conventions relatives à la diversité biologique dont ce tableau de bord harmonise les rapports nationaux. Ouvrez-en une pour voir son avancement par objectif, son taux de soumission, sa carte et ses Parties.',
	'conventions.parties': '{count} Parties',
	'conventions.latest': 'dernier cycle : {cycle}',

	'convention.title': '{name} : avancement par objectif, soumission des rapports et Parties',
	'convention.titleScoped': '{name}, {cycle}, {region} : avancement par objectif, soumission des rapports et Parties',
	'convention.intro': 'Rapports nationaux présentés au titre de la {name}, évalués au regard des objectifs du cadre de 2010.',
	'convention.what': 'les données de la convention',
	'convention.cycle': 'Cycle d’établissement des rapports',
	'convention.cycle.option': '{label} (date limite : {due})',
	'convention.scope': 'Affichage : {cycle}, toutes les régions.',
	'convention.scope.region': 'Affichage : {cycle}, Parties de la région {region}.',
	'convention.summary': 'Résumé',
	'convention.summary.reporting': '{cycle} : {submitted} des {expected} rapports attendus ont été soumis ({rate}) ; {overdue} sont en retard.',
	'convention.summary.noReports': '{cycle} : aucun rapport n’était attendu.',
	'convention.summary.overall':
		'Les {countries} pays ayant un état d’avancement ont un avancement global moyen de {score} ({status}) : {advanced} à un stade avancé, {notStarted} non commencés.',
	'convention.summary.noStatus': 'Aucun pays n’a d’état d’avancement pour ce cycle.',
	'convention.summary.best': 'L’objectif {code} compte la plus grande part de pays à un stade avancé ({count} sur {total}).',
	'convention.summary.noData': '{count} objectifs sur {targets} n’ont de données d’aucun pays.',
	'convention.source': 'rapports nationaux ({convention}) ; règle de notation : page Méthodologie',

	'stack.title': 'Avancement par objectif : nombre de pays à chaque niveau',
	'stack.description':
		'Une barre empilée par objectif, regroupées par but : combien des pays ayant fait rapport pour ce cycle se trouvent à chaque niveau d’avancement (pas de données : rapport soumis, mais sans réponse notée pour l’objectif).',
	'stack.axis': 'Pays ayant fait rapport',
	'stack.segment': 'Objectif {code} : {count} pays sur {total} – {status} ({share})',
	'stack.col.target': 'Objectif',
	'stack.col.total': 'Pays',

	'map.title': 'Avancement global de chaque pays',
	'map.description':
		'Carte du monde : l’avancement global de chaque pays au titre de la convention {convention} ({cycle}), moyenne de ses objectifs, indiqué par une couleur et, lorsque le pays est assez grand, par un symbole. Hachuré : pas de données ; blanc : non Partie.',
	'map.key': 'Légende de la carte (nombre de pays)',
	'map.category.not_party': 'Non Partie',
	'map.outside': 'Hors de la région sélectionnée',
	'map.country': '{country} : {status}',
	'map.country.score': '{country} : {status}, score {score}',
	'map.col.country': 'Pays',
	'map.col.status': 'Avancement',
	'map.col.score': 'Score',
	'map.col.note': 'Calculé sur',
	'map.note.targets': 'moyenne de {count} objectifs',
	'map.note.noScore': 'rapport sans réponse notée',
	'map.hint':
		'Sélectionnez un pays sur la carte pour ouvrir sa page. Le tableau des Parties ci-dessous présente les mêmes niveaux d’avancement, avec des liens.',

	'parties.title': 'Parties et leurs rapports',
	'parties.caption': 'Parties – {convention} : date à laquelle chacune est devenue Partie, avancement global ({cycle}) et rapport de chaque cycle',
	'parties.count': '{count} Parties',
	'parties.col.country': 'Pays',
	'parties.col.joined': 'Partie depuis',
	'parties.col.status': 'Avancement global',
	'parties.note':
		'Tardif : soumis après la date limite. En retard : attendu, non soumis, alors que la date limite était dépassée à la date de génération des données ({date}).',
	'parties.filter': 'Afficher',
	'parties.filter.all': 'Toutes les Parties',
	'parties.filter.missing': 'Uniquement les Parties ayant un rapport en retard ou tardif',
	'parties.none': 'Aucune Partie dans cette sélection.',

	'overview.lenses': 'Les en-têtes de colonne ouvrent la page de chaque convention ; une cellule ouvre son objectif. Voir aussi :',
	'matrix.details': 'Détails : {convention}, objectif {code}',
	'matrix.openTarget': 'Objectif {code} – {convention}',
	'matrix.conventionLink': '{name} : avancement par objectif, soumission des rapports et Parties'
} satisfies Record<keyof typeof enConvention, string>;
