/** Spanish messages of the convention pages, the world map and the matrix's links (en-convention.ts). */
import type { enConvention } from '../en-convention';

export const convention: Record<keyof typeof enConvention, string> = {
	'nav.conventions': 'Convenciones',
	'conventions.title': 'Convenciones: presentación de informes y estado respecto de la meta de 2010',
	'conventions.heading': 'Convenciones',
	'conventions.intro':
		'Las cinco convenciones relacionadas con la diversidad biológica cuyos informes nacionales armoniza este panel. Abra una para ver su estado por objetivo, su tasa de presentación de informes, su mapa y sus Partes.',
	'conventions.parties': '{count} Partes',
	'conventions.latest': 'ciclo más reciente: {cycle}',

	'convention.title': '{name}: estado por objetivo, presentación de informes y Partes',
	'convention.titleScoped': '{name}, {cycle}, {region}: estado por objetivo, presentación de informes y Partes',
	'convention.intro': '{name}: informes nacionales puntuados con respecto a los objetivos del marco de 2010.',
	'convention.what': 'los datos de la convención',
	'convention.cycle': 'Ciclo de presentación de informes',
	'convention.cycle.option': '{label} (plazo: {due})',
	'convention.scope': 'Se muestra el ciclo {cycle}, todas las regiones.',
	'convention.scope.region': 'Se muestra el ciclo {cycle}, Partes de {region}.',
	'convention.summary': 'Resumen',
	'convention.summary.reporting': 'Se presentaron {submitted} de los {expected} informes previstos en el ciclo {cycle} ({rate}); {overdue} están atrasados.',
	'convention.summary.noReports': 'No se preveía ningún informe en el ciclo {cycle}.',
	'convention.summary.overall':
		'Los {countries} países que tienen un estado presentan un estado general medio de {score} ({status}): {advanced} en estado avanzado y {notStarted} no iniciados.',
	'convention.summary.noStatus': 'Ningún país tiene un estado en este ciclo.',
	'convention.summary.best': 'El objetivo {code} tiene la mayor proporción de países en estado avanzado ({count} de {total}).',
	'convention.summary.noData': '{count} de los {targets} objetivos no tienen datos de ningún país.',
	'convention.source': 'informes nacionales presentados en el marco de {convention}; regla de puntuación en la página Metodología',

	'stack.title': 'Estado por objetivo: países en cada clase',
	'stack.description':
		'Una barra apilada por objetivo, agrupadas por meta: cuántos de los países que presentaron informes en el ciclo se encuentran en cada clase de estado (sin datos: presentaron un informe, pero sin respuesta puntuada para el objetivo).',
	'stack.axis': 'Países que presentaron informes',
	'stack.segment': 'Objetivo {code}: {status}, {count} de {total} países ({share})',
	'stack.col.target': 'Objetivo',
	'stack.col.total': 'Países',

	'map.title': 'Estado general de cada país',
	'map.description':
		'Mapa mundial: estado general de cada país en el marco de {convention} en el ciclo {cycle}, es decir, la media de los estados de sus objetivos, indicado por el color y, cuando el país es lo bastante grande, por un símbolo. Rayado: sin datos; blanco: no es Parte.',
	'map.key': 'Leyenda del mapa (número de países)',
	'map.category.not_party': 'No es Parte',
	'map.outside': 'Fuera de la región seleccionada',
	'map.country': '{country}: {status}',
	'map.country.score': '{country}: {status}, puntuación {score}',
	'map.col.country': 'País',
	'map.col.status': 'Estado',
	'map.col.score': 'Puntuación',
	'map.col.note': 'Basado en',
	'map.note.targets': 'media de {count} objetivos',
	'map.note.noScore': 'informe sin respuestas puntuadas',
	'map.hint': 'Seleccione un país en el mapa para abrir su página. La tabla de Partes que figura a continuación presenta los mismos estados, con enlaces.',

	'parties.title': 'Partes y sus informes',
	'parties.caption': 'Partes en {convention}: fecha de adhesión, estado general en el ciclo {cycle} e informe de cada ciclo',
	'parties.count': '{count} Partes',
	'parties.col.country': 'País',
	'parties.col.joined': 'Parte desde',
	'parties.col.status': 'Estado general',
	'parties.note':
		'Con retraso: presentado después de la fecha límite. Atrasado: previsto y no presentado, cuando la fecha límite ya había vencido al generarse los datos ({date}).',
	'parties.filter': 'Mostrar',
	'parties.filter.all': 'Todas las Partes',
	'parties.filter.missing': 'Solo las Partes con un informe atrasado o presentado con retraso',
	'parties.none': 'Ninguna Parte en esta selección.',

	'overview.lenses': 'Los encabezados de columna abren la página de cada convención, y cada celda, la de su objetivo. Más:',
	'matrix.details': 'Detalles de {convention}, objetivo {code}',
	'matrix.openTarget': 'Objetivo {code} en el marco de {convention}',
	'matrix.conventionLink': '{name}: estado por objetivo, presentación de informes y Partes'
};
