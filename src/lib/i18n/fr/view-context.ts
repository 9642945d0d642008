/** French messages of what a view shows (keys of en-view-context.ts). */
import type { enViewContext } from '../en-view-context';

export const viewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (code)',
	'filter.unknown.region': 'Région inconnue « {value} » — affichage de toutes les régions.',
	'filter.unknown.convention': 'Convention inconnue « {value} » — affichage de toutes les conventions.',
	'filter.unknown.cycle': 'Cycle de rapport inconnu « {value} » — affichage du dernier cycle.',
	'filter.unknown.label': 'Filtre non appliqué'
} satisfies Record<keyof typeof enViewContext, string>;
