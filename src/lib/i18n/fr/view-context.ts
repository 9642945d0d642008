/** French messages of what a view shows (keys of en-view-context.ts). */
import type { enViewContext } from '../en-view-context';

export const viewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (code)',
	'filter.unknown.region': 'Région inconnue « {value} » — affichage de toutes les régions.',
	'filter.unknown.convention': 'Convention inconnue « {value} » — affichage de toutes les conventions.',
	'filter.unknown.cycle': 'Cycle de rapport inconnu « {value} » — affichage du dernier cycle.',
	'filter.unknown.label': 'Filtre non appliqué',
	'download.csvFormat':
		'Tous les fichiers CSV du site (ici et sous chaque graphique) sont en UTF-8 avec marque d’ordre des octets, séparés par des virgules, une ligne par enregistrement. Un texte qui commence par =, +, -, @ ou une tabulation reçoit une apostrophe en tête, pour qu’un tableur l’affiche au lieu de l’exécuter comme une formule ; les nombres sont de simples nombres.'
} satisfies Record<keyof typeof enViewContext, string>;
