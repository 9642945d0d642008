/** French messages of the "not found" page (keys of en-not-found.ts). */
import type { enNotFound } from '../en-not-found';

export const notFound = {
	'notFound.title': 'Page introuvable',
	'notFound.heading': 'Page introuvable',
	'notFound.intro': 'Il n’y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou la page n’existe pas dans cette édition.',
	'notFound.suggest': 'Vouliez-vous dire {name} ?',
	'notFound.redirecting': 'Ouverture de {name}…',
	'notFound.search': 'Utilisez la recherche en haut de la page pour trouver un pays, une convention ou un objectif.',
	'notFound.home': 'Aller à la vue d’ensemble',
	'notFound.list.countries': 'Tous les pays',
	'notFound.list.conventions': 'Toutes les conventions',
	'notFound.list.targets': 'Tous les objectifs'
} satisfies Record<keyof typeof enNotFound, string>;
