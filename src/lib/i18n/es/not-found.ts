/** Spanish messages of the "not found" page (keys of en-not-found.ts). */
import type { enNotFound } from '../en-not-found';

export const notFound = {
	'notFound.title': 'Página no encontrada',
	'notFound.heading': 'Página no encontrada',
	'notFound.intro': 'No hay ninguna página en esta dirección. Puede que se haya escrito mal o que la página no exista en esta edición.',
	'notFound.suggest': '¿Quiso decir {name}?',
	'notFound.redirecting': 'Abriendo {name}…',
	'notFound.search': 'Use la búsqueda en la parte superior de la página para encontrar un país, una convención o un objetivo.',
	'notFound.home': 'Ir al panorama general',
	'notFound.list.countries': 'Todos los países',
	'notFound.list.conventions': 'Todas las convenciones',
	'notFound.list.targets': 'Todos los objetivos'
} satisfies Record<keyof typeof enNotFound, string>;
