/** Spanish core messages (site frame, overview, charts, methodology): the translation of en.ts's core. */
import type { MessageKey } from '../en';
import type { enConvention } from '../en-convention';
import type { enCountry } from '../en-country';
import type { enIndicator } from '../en-indicator';
import type { enOutcomes } from '../en-outcomes';
import type { enPrint } from '../en-print';
import type { enShare } from '../en-share';
import type { enSql } from '../en-sql';
import type { enTarget } from '../en-target';
import type { enViewContext } from '../en-view-context';
import type { enNotFound } from '../en-not-found';
import type { enPhone } from '../en-phone';
import type { enParties } from '../en-parties';
import type { enSmall } from '../en-small';
import type { enActivities } from '../en-activities';
import type { enOpen } from '../en-open';
import type { enReport } from '../en-report';
import type { enChanges } from '../en-changes';
import type { enLinked } from '../en-linked';

type LensKey =
	| keyof typeof enConvention
	| keyof typeof enCountry
	| keyof typeof enTarget
	| keyof typeof enIndicator
	| keyof typeof enShare
	| keyof typeof enPrint
	| keyof typeof enViewContext
	| keyof typeof enSql
	| keyof typeof enNotFound
	| keyof typeof enPhone
	| keyof typeof enParties
	| keyof typeof enSmall
	| keyof typeof enActivities
	| keyof typeof enOutcomes
	| keyof typeof enOpen
	| keyof typeof enReport
	| keyof typeof enChanges
	| keyof typeof enLinked;

export const core: Record<Exclude<MessageKey, LensKey>, string> = {
	'site.title': 'Meta de diversidad biológica para 2010',
	'site.subtitle': 'avances de cinco convenciones',
	'site.skip': 'Ir al contenido',
	'nav.label': 'Principal',
	'nav.overview': 'Panorama general',
	'nav.methodology': 'Metodología',
	'language.label': 'Idioma',
	'framework.unofficial':
		'La redacción del marco de 2010 que figura en esta página es una traducción no oficial; los textos oficiales son las decisiones VII/30 y VIII/15 de la Conferencia de las Partes.',

	'status.not_started': 'No iniciado',
	'status.early': 'Etapas iniciales',
	'status.in_progress': 'En curso',
	'status.advanced': 'Avanzado',
	'status.no_data': 'Sin datos',
	'legend.title': 'Clases de estado',

	'sample.label': 'Acerca de los datos',
	'sample.notice': 'Datos ilustrativos, no informes nacionales reales.',
	'sample.explain': 'Muestra generada: las cifras ilustran el funcionamiento del panel, no la situación de ningún país.',
	'data.vintage': 'Informes presentados hasta el {date}',
	'data.built': 'datos generados el {date}',
	'data.kind.sample': 'Datos de muestra',
	'data.kind.real': 'Informes nacionales',
	'data.kind.realSource': 'datos reales',
	'data.kind.sampleSource': 'muestra ilustrativa',
	'data.missing': 'Los datos de esta edición no están disponibles.',
	'footer.sources': 'Fuentes: {sources}',

	'state.loading': 'Cargando {what}…',
	'state.error': 'Error al cargar {what}.',
	'state.retry': 'Reintentar',
	'engine.starting': 'Iniciando el motor de consultas para los filtros…',
	'engine.updating': 'Actualizando los gráficos…',
	'engine.ready': 'Filtros listos.',
	'engine.error':
		'Los filtros no están disponibles: el motor de consultas no pudo iniciarse o cargar sus datos. Las cifras que se muestran son las de la versión generada del sitio.',
	'engine.viewError': 'No se pudo actualizar la vista con estos filtros.',
	'filter.region': 'Región',
	'filter.allRegions': 'Todas las regiones',
	'filter.label': 'Filtros',
	'overview.scope.region': 'Se muestran las Partes de {region}.',

	'chart.showTable': 'Mostrar la tabla de datos',
	'export.label': 'Descargar',
	'download.title': 'Descargar los datos: todas las tablas en Parquet y CSV, con su manifiesto',
	'download.heading': 'Descargar los datos',
	'download.intro':
		'Aquí figuran todas las tablas que muestra el panel, tal como las generó el proceso de datos, en formato Parquet (para DuckDB, pandas, R o Arrow) y en CSV. El archivo manifest.json enumera cada archivo con su número de filas, su tamaño y su suma de comprobación SHA-256, e indica la fecha de generación y si los datos son la muestra ilustrativa.',
	'download.table': 'Tabla',
	'download.rows': 'Filas',
	'download.columns': 'Columnas',
	'download.parquet': 'Parquet',
	'download.csv': 'CSV',
	'download.csvTooLarge': 'Solo Parquet (más de {rows} filas)',
	'download.manifest': 'manifest.json: la lista de archivos con sus sumas de comprobación',
	'download.caption': 'Tablas de esta versión',
	'nav.download': 'Descargar',
	'export.csv': 'CSV',
	'export.svg': 'SVG',
	'export.png': 'PNG',
	'export.csvOf': 'Descargar los datos de «{title}» en CSV',
	'export.svgOf': 'Descargar «{title}» en SVG',
	'export.pngOf': 'Descargar «{title}» en PNG',
	'export.version': 'Versión de los datos: {built} ({kind})',
	'chart.hideTable': 'Ocultar la tabla de datos',
	'chart.source': 'Fuente: {source}',
	'chart.error': 'No se pudo dibujar el gráfico ({message}); la tabla de datos que figura a continuación contiene sus cifras.',

	'overview.title': 'Panorama general: avances hacia la meta de diversidad biológica para 2010, por convención',
	'overview.heading': 'Avances hacia la meta de diversidad biológica para 2010',
	'overview.intro':
		'Informes nacionales de cinco convenciones relacionadas con la diversidad biológica, puntuados con respecto a los 21 objetivos del marco de 2010. Cada convención se presenta en su ciclo de presentación de informes más reciente.',
	'overview.what': 'los datos del panorama general',
	'overview.summary': 'Resumen',
	'overview.matrix.heading': 'Estado por objetivo y convención',
	'overview.source': 'informes nacionales presentados en el marco de CBD, CITES, CMS, Ramsar y WHC; regla de puntuación en la página Metodología',

	'headline.heading': 'Cifras principales',
	'headline.parties': 'Partes',
	'headline.parties.note': 'países que son Partes en al menos una convención',
	'headline.due': 'Informes previstos',
	'headline.due.note': 'en el ciclo más reciente de cada convención',
	'headline.submitted': 'Informes presentados',
	'headline.rate': 'Tasa de presentación',
	'headline.rate.note': '{submitted} de {due} informes',
	'headline.classes': 'Objetivos por estado',
	'headline.classes.note': 'proporción de las {cells} celdas convención × objetivo, ciclo más reciente',
	'headline.classes.leftOut': 'fuera de las proporciones',
	'summary.reporting': 'Se presentó el {rate} de los {due} informes previstos en los ciclos más recientes de las convenciones.',
	'summary.classes':
		'De las {cells} celdas convención × objetivo, {advanced} están en estado avanzado y {notStarted} no se han iniciado; {noData} no tienen datos.',
	'summary.best': 'Tasa de presentación más alta entre los ciclos más recientes: {convention} ({rate}, {cycle}).',

	'matrix.caption': 'Estado por objetivo y convención, ciclo de presentación de informes más reciente',
	'matrix.target': 'Objetivo',
	'matrix.focalArea': 'Área focal {code}: {title}',
	'matrix.goal': 'Meta {code}: {title}',
	'matrix.targetCode': 'Objetivo {code}',
	'matrix.cell': '{convention}, objetivo {code}: {status}',
	'matrix.cell.score': '{convention}, objetivo {code}: {status}, puntuación {score}, {countries} países',
	'matrix.countries': '{count} países con datos',
	'matrix.score': 'Puntuación {score}',
	'matrix.cycle': 'Ciclo: {cycle}',
	'matrix.scrollHint': 'Desplácese lateralmente para ver todas las convenciones.',
	'matrix.keyHint':
		'Las flechas permiten desplazarse entre las celdas, y las teclas Inicio y Fin, ir a los extremos de una fila; Enter muestra o abre una celda.',

	'reporting.title': 'Tasa de presentación de informes por convención y ciclo',
	'reporting.description':
		'Barras horizontales, una por convención y ciclo de presentación de informes: proporción de los informes nacionales previstos que se presentaron, de 0 a 100 %.',
	'reporting.axis': 'Informes presentados (%)',
	'reporting.bar': '{convention}, {cycle} ({year}): {rate} presentados ({submitted} de {expected})',
	'reporting.none': '{convention}, {cycle} ({year}): no se preveían informes',
	'reporting.col.convention': 'Convención',
	'reporting.col.cycle': 'Ciclo',
	'reporting.col.year': 'Año',
	'reporting.col.expected': 'Informes previstos',
	'reporting.col.submitted': 'Informes presentados',
	'reporting.col.rate': 'Tasa de presentación',

	'classes.title': 'Objetivos por clase de estado, por convención',
	'classes.description':
		'Una barra apilada por convención: cuántos de los 21 objetivos no se han iniciado, están en etapas iniciales, en curso, en estado avanzado o sin datos en su ciclo más reciente.',
	'classes.axis': 'Objetivos',
	'classes.segment': '{convention} ({cycle}): {status}, {count} de {total} objetivos ({share})',
	'classes.col.convention': 'Convención',
	'classes.col.cycle': 'Ciclo',
	'classes.col.total': 'Objetivos',

	'methodology.title': 'Metodología: cómo se puntúan los informes nacionales',
	'methodology.heading': 'Metodología',
	'methodology.intro':
		'Todas las cifras de este sitio siguen una misma regla de puntuación. Las cinco convenciones formulan preguntas distintas en formatos distintos; cada pregunta se vincula con los objetivos de 2010 a los que se refiere (la tabla de correspondencias), y las respuestas se puntúan en una escala común de 0 a 1.',
	'methodology.rules': 'La regla de puntuación',
	'methodology.rule1.title': 'Puntuación de una respuesta',
	'methodology.rule1':
		'Cada respuesta se puntúa según su escala de respuestas: por ejemplo, «sí» vale 1 y «no», 0, o los peldaños de una escala que va de «no iniciado» (0) a «plenamente aplicado» (1). Las respuestas como «no aplicable» no tienen puntuación y se excluyen: no elevan ni reducen el estado.',
	'methodology.rule2.title': 'Estado de un objetivo en un informe',
	'methodology.rule2':
		'El estado de un país respecto de un objetivo en un informe es la puntuación media de sus respuestas puntuadas a las preguntas vinculadas con ese objetivo. Una pregunta vinculada con dos objetivos cuenta para ambos. La cobertura es la proporción de las preguntas vinculadas que recibieron una respuesta puntuada. Un informe sin ninguna respuesta puntuada para un objetivo no tiene estado para ese objetivo: «sin datos», lo que no equivale a una puntuación baja.',
	'methodology.rule3.title': 'Agregación',
	'methodology.rule3':
		'Los estados se combinan mediante medias simples del nivel inferior que tiene datos: una meta es la media de sus objetivos; un área focal, la media de sus metas; y el estado general de un país en el marco de una convención, la media de sus objetivos. El estado de una convención (o de una región) respecto de un objetivo es la media de los países con datos; siempre se indica el número de países en que se basa.',
	'methodology.rule4.title': 'Clases de estado',
	'methodology.rule5.title': 'Tasa de presentación de informes',
	'methodology.rule5':
		'La tasa de presentación de informes de un ciclo es el número de informes presentados dividido por el número de informes previstos. Se prevé un informe de cada país que fuera Parte en la convención en la fecha límite del ciclo.',
	'methodology.rule6.title': 'Cambio entre ciclos',
	'methodology.rule6':
		'El cambio entre dos ciclos de una convención solo se muestra para los países que tienen un estado en ambos, para que la incorporación de nuevos países o la falta de un informe no parezcan avances ni retrocesos.',
	'methodology.overview.title': 'Qué muestra el panorama general',
	'methodology.overview':
		'El panorama general presenta cada convención en su ciclo de presentación de informes más reciente. Cada celda de la matriz es el estado de la convención respecto de un objetivo: la media de los países con datos en ese ciclo, con el número de países. La tasa de presentación que figura entre las cifras principales suma los informes previstos y presentados en esos ciclos más recientes.',
	'methodology.contract.title': 'Los datos en que se basa',
	'methodology.contract':
		'Los datos de entrada son archivos CSV con una fila de encabezado. El proceso de datos los verifica (las columnas que faltan, los países desconocidos, las respuestas que no figuran en la escala, los duplicados y las referencias rotas lo detienen indicando el archivo y la línea), los puntúa y publica los resultados en archivos Parquet que este sitio consulta en el navegador.',
	'methodology.contract.file': 'Archivo',
	'methodology.contract.columns': 'Columnas',
	'methodology.contract.meaning': 'Contenido',
	'methodology.contract.caption': 'Archivos de entrada',
	'methodology.file.conventions': 'Las convenciones y sus nombres abreviados.',
	'methodology.file.framework': 'El marco de 2010: 7 áreas focales, 11 metas y 21 objetivos.',
	'methodology.file.countries': 'Los países con su región y subregión según la clasificación M49 de las Naciones Unidas.',
	'methodology.file.parties': 'La fecha en que cada país pasó a ser Parte en cada convención.',
	'methodology.file.cycles': 'Los ciclos de presentación de informes de cada convención y sus fechas límite.',
	'methodology.file.reports': 'Una fila por informe previsto, con su fecha de presentación (vacía si no se presentó).',
	'methodology.file.scales': 'Las escalas de respuestas: cada código de respuesta y su puntuación de 0 a 1 (vacía si no es aplicable).',
	'methodology.file.questions': 'Las preguntas del formato de informe de cada ciclo y su escala de respuestas.',
	'methodology.file.crosswalk': 'El objetivo u objetivos a los que se refiere cada pregunta.',
	'methodology.file.responses': 'Las respuestas de los informes presentados.',
	'methodology.sample':
		'Hasta que se carguen informes nacionales reales, el sitio presenta una muestra generada que se asemeja a los datos reales: las convenciones, los ciclos y los países son reales, pero las respuestas son inventadas. Todas las páginas lo indican.'
};
