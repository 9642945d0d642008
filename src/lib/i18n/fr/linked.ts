/** French messages of the linked views (keys of en-linked.ts). */
import type { enLinked } from '../en-linked';

export const linked = {
	'linked.chooseTarget': 'Afficher sur la carte et dans le tableau',
	'linked.allTargets': 'Tous les objectifs (état global)',
	'linked.chooseClass': 'Filtrer le tableau des Parties par classe',
	'linked.chips': 'Choix des vues liées',
	'linked.target': 'Objectif {code}',
	'linked.class': 'Classe : {label}',
	'linked.remove': 'Retirer « {what} »',
	'linked.mapTitle': 'État de chaque pays pour l’objectif {code}',
	'linked.mapDescription':
		'Carte du monde : état de chaque pays pour l’objectif {code} dans son rapport {convention} ({cycle}) ; les pays non Parties sont en gris.',
	'linked.scope.target': 'Pour l’objectif {code} ({cycle})',
	'linked.scope.overall': 'Globalement ({cycle})',
	'linked.summary.target': '{scope}, {scored} Parties sur {total} ont un état : {advanced} avancé, {notStarted} non commencé.',
	'linked.summary.class': '{scope}, {count} Parties sur {total} sont « {status} » : le tableau les montre.',
	'linked.region': 'Parties de la région {region}',
	'linked.scope.targetRegion': 'Pour l’objectif {code} ({cycle}), parmi les Parties de la région {region}',
	'linked.scope.overallRegion': 'Globalement ({cycle}), parmi les Parties de la région {region}',
	'linked.mapHint':
		'Sélectionnez un pays sur la carte pour afficher les Parties de sa région dans le tableau ci-dessous (sélectionnez de nouveau un pays de cette région pour les afficher toutes). Le tableau renvoie à la page de chaque pays.',
	'linked.conventionMap': 'Colorer la carte selon'
} satisfies Record<keyof typeof enLinked, string>;
