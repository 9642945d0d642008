/** Spanish messages of the parties table (keys of en-parties.ts). */
import type { enParties } from '../en-parties';

export const parties = {
	'parties.show': 'Mostrar',
	'parties.show.all': 'Todas las Partes',
	'parties.show.overdue': 'Solo atrasados ({cycle})',
	'parties.show.late': 'Presentados con retraso ({cycle})',
	'parties.show.not_party': 'Aún no Parte en la fecha límite del {cycle}',
	'parties.shown': 'Se muestran {shown} de {total} Partes',
	'parties.sortBy': 'Ordenar por {column}',
	'parties.csv': 'Descargar estas filas (CSV)',
	'parties.csvName': '{convention} partes {cycle} {show} {region}',
	'parties.regionNote': 'Región: use el filtro de región en la parte superior de la página.'
} satisfies Record<keyof typeof enParties, string>;
