/** Spanish messages of the outcomes (see en-outcomes.ts). */
import type { enOutcomes } from '../en-outcomes';

export const outcomes: Record<keyof typeof enOutcomes, string> = {
	'status.not_covered': 'No cubierto',
	'status.range.not_started': 'puntuación inferior a {max}',
	'status.range.early': 'puntuación de {min} a menos de {max}',
	'status.range.in_progress': 'puntuación de {min} a menos de {max}',
	'status.range.advanced': 'puntuación de {min} o superior',
	'status.range.no_data': 'el formulario lo pregunta, ninguna respuesta puntuada',
	'status.range.not_covered': 'el formulario de informe no pregunta nada al respecto',
	'outcome.not_reported': 'Informe no presentado',
	'outcome.not_reported.range': 'informe esperado y no presentado',
	'outcome.not_party': 'No es parte',
	'outcome.not_party.range': 'no es parte de la convención',
	'outcome.notCoveredLeftOut': 'Las proporciones y medias excluyen lo que un formulario de informe no pregunta (no cubierto).',
	'data.asOf': 'Datos al {date}',
	'data.asOf.note': 'Los informes atrasados y los informes debidos se cuentan al {date}, fecha de los datos.',
	'counted.noLater': '{cycle} — {latest} no presentado',
	'counted.none': 'ningún informe hasta {cycle}',
	'counted.asOf': 'Al',
	'counted.asOfLabel': '{convention}: al',
	'counted.rule': 'Para cada convención, el informe presentado más reciente del país hasta el ciclo elegido, con su ciclo.',
	'pending.numbers': 'Calculando las cifras de esta selección…',
	'pending.default': 'Vista predeterminada mientras arranca el motor; su selección sigue.',
	'count.target.one': '{count} meta',
	'count.target.other': '{count} metas',
	'count.question.one': '{count} pregunta asociada',
	'count.question.other': '{count} preguntas asociadas',
	'count.country.one': '{count} país',
	'count.country.other': '{count} países',
	'count.report.one': '{count} informe',
	'count.report.other': '{count} informes',
	'summary.notCovered.one': '{count} de {total} metas no está cubierta por el formulario de informe de la {convention}.',
	'summary.notCovered.other': '{count} de {total} metas no están cubiertas por el formulario de informe de la {convention}.',
	'summary.noDataAsked.one': '{count} de las {asked} metas sobre las que pregunta su formulario no tiene datos de ningún país.',
	'summary.noDataAsked.other': '{count} de las {asked} metas sobre las que pregunta su formulario no tienen datos de ningún país.',
	'summary.notCoveredCells.one': '{count} celda convención × meta no está cubierta por el formulario de su convención y se excluye de las proporciones.',
	'summary.notCoveredCells.other': '{count} celdas convención × meta no están cubiertas por el formulario de su convención y se excluyen de las proporciones.',
	'summary.reportsNotYetDue.one': '{count} informe más aún no vence al {date}.',
	'summary.reportsNotYetDue.other': '{count} informes más aún no vencen al {date}.',
	'summary.strongest': 'Mayor proporción de países en etapa avanzada: meta {targets} ({count} de {total}{each}).',
	'summary.weakest': 'Mayor proporción de países sin iniciar: meta {targets} ({count} de {total}{each}).',
	'summary.lowestRate': 'Tasa de presentación más baja en un último ciclo: {convention} ({rate}, {cycle}).',
	'count.reportSubmitted.one': '{count} informe presentado por las Partes',
	'count.reportSubmitted.other': '{count} informes presentados por las Partes',
	'target.summary.notCovered': 'En la {convention} ({cycle}), el formulario de informe no pregunta nada sobre {element}: no cubierto (no «sin datos»).',
	'methodology.rule4':
		'Las puntuaciones se agrupan en cuatro clases según los umbrales siguientes. Los resultados que no son una puntuación tienen su propio nombre, símbolo y lugar en cada leyenda, tabla y exportación, y nunca cuentan como una puntuación baja.',
	'methodology.outcomes.title':
		'Resultados que no son una puntuación',
	'methodology.outcomes.notCovered':
		'No cubierto: el formulario de informe del ciclo no tiene ninguna pregunta vinculada a la meta: la convención no lo pregunta. Las proporciones y medias lo excluyen y lo indican, y los titulares lo cuentan aparte («6 de 21 metas no están cubiertas por el formulario de informe de la CMS»).',
	'methodology.outcomes.noData':
		'Sin datos: el formulario lo pregunta, pero el informe presentado no tiene ninguna respuesta puntuada (todas «no aplicable» o sin respuesta). No dice nada sobre el avance.',
	'methodology.outcomes.notReported':
		'Informe no presentado: se esperaba un informe (el país era Parte en la fecha límite) y no se presentó. Está «atrasado» si la fecha límite había pasado en la fecha de los datos, y «aún no vence» en otro caso.',
	'methodology.outcomes.notParty':
		'No es Parte: el país no era Parte de la convención.',
	'methodology.counts.title':
		'Qué informe cuenta',
	'methodology.counts':
		'Las vistas por ciclo —la matriz del panorama, una convención, una meta, las medias de una región— usan el ciclo elegido de cada convención, por defecto el último. Las vistas por país —la página de un país y la comparación— muestran para cada convención el informe más reciente presentado por el país hasta el ciclo elegido, con su ciclo («COP9 — sin informe COP10»); la media de una región a su lado se calcula como en la página de la convención para el mismo ciclo. La misma convención, ciclo, país o región y meta dan la misma cifra en todas las páginas.',
	'methodology.asOf.title':
		'A la fecha de los datos',
	'methodology.asOf':
		'Los informes atrasados, los informes debidos y los resúmenes se cuentan a la fecha de los datos —la fecha que indican los datos de entrada o, si no, la última presentación— nunca el día en que se construyó el sitio. Cada página indica esa fecha.',
	'summary.each': ' cada una',
};
