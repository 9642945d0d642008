/** French messages of the parties table (keys of en-parties.ts). */
import type { enParties } from '../en-parties';

export const parties = {
	'parties.show': 'Afficher',
	'parties.show.all': 'Toutes les Parties',
	'parties.show.overdue': 'En retard seulement ({cycle})',
	'parties.show.late': 'Remis après l’échéance ({cycle})',
	'parties.show.not_party': 'Pas encore Partie à l’échéance du {cycle}',
	'parties.shown': '{shown} Parties affichées sur {total}',
	'parties.sortBy': 'Trier par {column}',
	'parties.csv': 'Télécharger ces lignes (CSV)',
	'parties.csvName': '{convention} parties {cycle} {show} {region}',
	'parties.regionNote': 'Région : utilisez le filtre de région en haut de la page.'
} satisfies Record<keyof typeof enParties, string>;
