/** Spanish messages of the printed briefing (en-print.ts). */
import type { enPrint } from '../en-print';

export const print: Record<keyof typeof enPrint, string> = {
	'print.button': 'Imprimir nota informativa',
	'print.kind': 'Nota informativa',
	'print.printed': 'Fecha de impresión',
	'print.version': 'Versión de los datos',
	'print.version.value': '{version}, generada el {built}',
	'print.vintage': 'Informes presentados hasta el',
	'print.permalink': 'Esta vista en línea',
	'print.scope.convention': 'Convención',
	'print.scope.allConventions': 'Todas las convenciones',
	'print.scope.cycle': 'Ciclo de presentación de informes',
	'print.scope.latestCycle': 'Ciclo más reciente de cada convención',
	'print.sources': 'Fuentes',
	'print.method': 'Cómo se puntúa el estado',
	'print.method.classes': 'Clases de estado',
	'print.method.class': '{status}: {range}',
	'print.method.more': 'El método completo, con el contrato de datos, figura en la página Metodología: {url}'
};
