/** French messages of the printed briefing (keys of en-print.ts). */
import type { enPrint } from '../en-print';

export const print = {
	'print.button': 'Imprimer la note',
	'print.kind': 'Note d’information',
	'print.printed': 'Date d’impression',
	'print.version': 'Version des données',
	'print.version.value': '{version}, générée le {built}',
	'print.vintage': 'Rapports soumis jusqu’au',
	'print.permalink': 'Cette vue en ligne',
	'print.scope.convention': 'Convention',
	'print.scope.allConventions': 'Toutes les conventions',
	'print.scope.cycle': 'Cycle d’établissement des rapports',
	'print.scope.latestCycle': 'Dernier cycle de chaque convention',
	'print.sources': 'Sources des données',
	'print.method': 'Notation de l’avancement',
	'print.method.classes': 'Niveaux d’avancement',
	'print.method.class': '{status} : {range}',
	'print.method.more': 'La méthode complète, avec le contrat de données, figure à la page Méthodologie : {url}'
} satisfies Record<keyof typeof enPrint, string>;
