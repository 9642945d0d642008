/** Spanish messages of the linked views (keys of en-linked.ts). */
import type { enLinked } from '../en-linked';

export const linked = {
	'linked.chooseTarget': 'Mostrar en el mapa y en la tabla',
	'linked.allTargets': 'Todas las metas (estado general)',
	'linked.chooseClass': 'Filtrar la tabla de Partes por clase',
	'linked.chips': 'Elegido en las vistas vinculadas',
	'linked.target': 'Meta {code}',
	'linked.class': 'Clase: {label}',
	'linked.remove': 'Quitar «{what}»',
	'linked.mapTitle': 'Estado de cada país en la meta {code}',
	'linked.mapDescription': 'Mapa mundial: estado de cada país en la meta {code} en su informe a {convention} ({cycle}); los países que no son Partes, en gris.',
	'linked.scope.target': 'En la meta {code} ({cycle})',
	'linked.scope.overall': 'En general ({cycle})',
	'linked.summary.target': '{scope}, {scored} de {total} Partes tienen estado: {advanced} avanzado, {notStarted} sin comenzar.',
	'linked.summary.class': '{scope}, {count} de {total} Partes están en «{status}»: la tabla las muestra.',
	'linked.region': 'Partes de la región {region}',
	'linked.scope.targetRegion': 'En la meta {code} ({cycle}), entre las Partes de la región {region}',
	'linked.scope.overallRegion': 'En general ({cycle}), entre las Partes de la región {region}',
	'linked.mapHint':
		'Seleccione un país en el mapa para mostrar las Partes de su región en la tabla que figura a continuación (seleccione de nuevo un país de esa región para mostrarlas todas). La tabla enlaza con la página de cada país.',
	'linked.conventionMap': 'Colorear el mapa según'
} satisfies Record<keyof typeof enLinked, string>;
