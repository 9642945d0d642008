/** Spanish messages of the target pages, the site search and the breadcrumbs (en-target.ts). */
import type { enTarget } from '../en-target';

/**
 * As in the Spanish text of decisions VII/30 and VIII/15, goals are «metas» and targets «objetivos».
 * The `.text` names carry their article («el objetivo 1.1», «la meta 1»), so sentences put them only
 * after prepositions that do not contract with it (en, para, con, sobre).
 */
export const target: Record<keyof typeof enTarget, string> = {
	'nav.targets': 'Objetivos',
	'breadcrumb.label': 'Ruta de navegación',

	'search.label': 'Buscar',
	'search.placeholder': 'País, convención u objetivo',
	'search.results': 'Resultados de la búsqueda',
	'search.count': '{count} resultados; use las flechas para elegir y Enter para abrir.',
	'search.count.one': '1 resultado; pulse Enter para abrirlo.',
	'search.none': 'No se encontró nada para «{query}».',
	'search.loading': 'Cargando la lista de países, convenciones y metas…',
	'search.unavailable': 'La búsqueda no pudo cargar su lista. Compruebe la conexión e inténtelo de nuevo.',
	'search.kind.country': 'País',
	'search.kind.convention': 'Convención',

	'target.level.target': 'Objetivo {code}',
	'target.level.goal': 'Meta {code}',
	'target.level.focal_area': 'Área focal {code}',
	'target.level.target.text': 'el objetivo {code}',
	'target.level.goal.text': 'la meta {code}',
	'target.level.focal_area.text': 'el área focal {code}',
	'target.title': '{name}: estado por convención y ciclo de presentación de informes — meta de diversidad biológica para 2010',
	'target.heading': '{name}: {title}',
	'target.place.heading': 'Lugar en el marco',
	'target.place.goal': 'Meta',
	'target.place.focal_area': 'Área focal',
	'target.place.children.goal': 'Objetivos de esta meta',
	'target.place.children.focal_area': 'Metas de esta área focal',
	'target.place.rollup.goal': 'Su estado es la media de sus objetivos con datos.',
	'target.place.rollup.focal_area': 'Su estado es la media de sus metas con datos; el de una meta es la media de sus objetivos.',

	'target.filter.convention': 'Convención',
	'target.filter.allConventions': 'Todas las convenciones',
	'target.filter.cycle': 'Ciclo de presentación de informes',
	'target.filter.latest': 'Más reciente: {cycle}',
	'target.filter.cycleNeedsConvention': 'Elija una convención para seleccionar su ciclo; cada convención muestra el más reciente.',
	'target.summary.heading': 'Resumen',
	'target.summary.where': ' de {region}',
	'target.summary.progress':
		'En el marco de {convention} ({cycle}), {progressing} de las {reporting} Partes que presentaron informes tienen un estado «en curso» o «avanzado» en {element}.',
	'target.summary.missing': '{count} de ellas no tienen datos al respecto.',
	'target.summary.noData':
		'En el marco de {convention} ({cycle}), ninguna de las {reporting} Partes que presentaron informes tiene una respuesta puntuada para {element}.',
	'target.summary.noReports': 'En el marco de {convention} ({cycle}), ninguna Parte presentó un informe.',
	'target.summary.progress.region':
		'En el marco de {convention} ({cycle}), {progressing} de las {reporting} Partes de {region} que presentaron informes tienen un estado «en curso» o «avanzado» en {element}.',
	'target.summary.noData.region':
		'En el marco de {convention} ({cycle}), ninguna de las {reporting} Partes de {region} que presentaron informes tiene una respuesta puntuada para {element}.',
	'target.summary.noReports.region': 'En el marco de {convention} ({cycle}), ninguna Parte de {region} presentó un informe.',

	'target.status.title': 'Estado por convención y ciclo de presentación de informes',
	'target.status.description':
		'Barras horizontales, una por convención y ciclo de presentación de informes: el estado en {element} en una escala de 0 a 1 (la media de los países con datos), con el número de países en que se basa. Las líneas discontinuas marcan los límites de clase {boundaries}.',
	'target.status.axis': 'Puntuación (0 = no iniciado, 1 = plenamente aplicado)',
	'target.status.bar': '{convention}, {cycle}: {status}, puntuación {score}, {countries} países con datos de {reports} que presentaron informes',
	'target.status.bar.none': '{convention}, {cycle}: sin datos ({reports} presentaron informes)',
	'target.status.noData': 'Sin datos ({reports} presentaron informes)',
	'target.status.countries': '{count} países',
	'target.status.hint': 'Elija una convención y un ciclo: haga clic en su barra o en su nombre en la tabla.',
	'target.status.select': 'Mostrar {convention}, {cycle}',
	'target.status.rule':
		'El estado de una convención respecto de un objetivo es la media de los países con datos; una meta es la media de sus objetivos, y un área focal, la media de sus metas.',

	'target.map.title': 'Estado por país en {element}: {convention}, {cycle}',
	'target.map.description':
		'Mapa mundial: estado de cada país en {element} según su informe en el marco de {convention} (color y símbolo); las Partes que no presentaron informe no tienen datos, y los demás países no son Partes.',
	'target.map.first': 'El mapa muestra {convention} hasta que se elija una convención más arriba.',
	'target.map.hint': 'Seleccione un país en el mapa para abrir su página; también puede encontrarlo con el cuadro de búsqueda.',
	'target.map.note.noReport': 'informe no presentado',
	'target.map.note.noScore': 'informe sin respuestas puntuadas',

	'target.col.convention': 'Convención',
	'target.col.cycle': 'Ciclo',
	'target.col.year': 'Año',
	'target.col.status': 'Estado',
	'target.col.score': 'Puntuación',
	'target.col.countries': 'Países con datos',
	'target.col.reports': 'Informes presentados',
	'target.col.question': 'Pregunta',
	'target.col.text': 'Texto',
	'target.col.answers': 'Respuestas (informes, proporción)',
	'target.col.notApplicable': 'No aplicable',
	'target.col.noAnswer': 'Sin respuesta',

	'target.crosswalk.heading': 'Tabla de correspondencias: preguntas de los informes relacionadas con {element}',
	'target.crosswalk.intro':
		'Cada convención formula sus propias preguntas en su propio formato. Estas son las preguntas que la tabla de correspondencias vincula con {element}{below}, y cómo las respondieron los informes presentados. Las proporciones se refieren a los informes presentados; las respuestas «no aplicable» se muestran aparte y no se puntúan.',
	'target.crosswalk.below': ' o con alguno de los objetivos que abarca',
	'target.crosswalk.counts': '{questions}; {reports}{where}.',
	'target.crosswalk.none': 'Ninguna pregunta de este formato de informe está vinculada con {element}.',
	'target.crosswalk.questions': 'Texto, escala de respuestas y objetivos de las {count} preguntas',
	'target.crosswalk.scale': 'Escala de respuestas:',
	'target.crosswalk.targets': 'Vinculada con el objetivo {codes}',
	'target.crosswalk.notApplicable': 'sin puntuación',
	'target.answers.title': 'Respuestas en el marco de {convention}, {cycle}',
	'target.answers.description':
		'Una barra apilada por pregunta: la proporción de los informes presentados que dieron cada respuesta, desde la de menor puntuación hasta la de mayor puntuación (con el color de la clase de estado de su puntuación), seguidas de «no aplicable» (gris) y de la falta de respuesta (blanco).',
	'target.answers.axis': 'Informes presentados (%)',
	'target.answers.segment': '{question}: {answer}, {count} de {reports} informes ({share})',
	'target.answers.noAnswer': 'Sin respuesta',
	'target.answers.noReports': 'Ningún informe presentado',

	'target.indicators.heading': 'Indicadores mencionados en el marco',
	'target.indicators.intro': 'El marco (decisiones VII/30 y VIII/15) enumera estos indicadores de resultados como pertinentes para {element}:',
	'target.indicators.none': 'El marco no enumera ningún indicador de resultados para {element}.',

	'targets.title': 'Objetivos: el marco de 2010 con el estado de cada elemento por convención',
	'targets.heading': 'Objetivos del marco de 2010',
	'targets.intro':
		'7 áreas focales, 11 metas y 21 objetivos. Cada elemento muestra su estado en el marco de cada convención, en el ciclo de presentación de informes más reciente de esa convención; abra un elemento para ver sus ciclos, su mapa y las preguntas de los informes en que se basa.',
	'targets.chip': '{convention}: {status}, puntuación {score}, {countries} países',
	'targets.chip.none': '{convention}: sin datos',
	'targets.cycles': 'Ciclos más recientes: {cycles}.'
};
