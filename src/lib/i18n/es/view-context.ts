/** Spanish messages of what a view shows (en-view-context.ts). */
import type { enViewContext } from '../en-view-context';

export const viewContext = {
	'export.titleOf': '{chart} — {subject}',
	'export.csv.idColumn': '{column} (código)',
	'filter.unknown.region': 'Región desconocida «{value}»: se muestran todas las regiones.',
	'filter.unknown.convention': 'Convención desconocida «{value}»: se muestran todas las convenciones.',
	'filter.unknown.cycle': 'Ciclo de presentación de informes desconocido «{value}»: se muestra el ciclo más reciente.',
	'filter.unknown.label': 'Filtro no aplicado',
	'download.csvFormat':
		'Todos los archivos CSV del sitio (aquí y bajo cada gráfico) están en UTF-8 con marca de orden de bytes, separados por comas, una línea por registro. Un texto que empieza por =, +, -, @ o un tabulador lleva un apóstrofo delante, para que una hoja de cálculo lo muestre en lugar de ejecutarlo como fórmula; los números son números simples.'
} satisfies Record<keyof typeof enViewContext, string>;
