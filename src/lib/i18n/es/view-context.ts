/** Spanish messages of what a view shows (en-view-context.ts). */
import type { enViewContext } from '../en-view-context';

export const viewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (código)',
	'filter.unknown.region': 'Región desconocida «{value}»: se muestran todas las regiones.',
	'filter.unknown.convention': 'Convención desconocida «{value}»: se muestran todas las convenciones.',
	'filter.unknown.cycle': 'Ciclo de presentación de informes desconocido «{value}»: se muestra el ciclo más reciente.',
	'filter.unknown.label': 'Filtro no aplicado'
} satisfies Record<keyof typeof enViewContext, string>;
