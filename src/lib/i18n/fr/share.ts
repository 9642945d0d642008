/** French messages of "share and embed" (keys of en-share.ts). */
import type { enShare } from '../en-share';

export const share = {
	'share.copyView': 'Copier le lien vers cette vue',
	'share.copied': 'Lien copié dans le presse-papiers.',
	'share.snippetCopied': 'Code d’intégration copié dans le presse-papiers.',
	'share.copyFailed': 'La copie automatique a échoué : le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C (⌘C sur Mac).',
	'share.viewLinkField': 'Lien vers cette vue',
	'share.toggle': 'Partager / Intégrer',
	'share.toggleOf': 'Partager / Intégrer : {title}',
	'share.panel': 'Partager ou intégrer « {title} »',
	'share.chartLink': 'Lien vers ce graphique',
	'share.copyChartLink': 'Copier le lien',
	'share.copyChartLinkOf': 'Copier le lien vers « {title} »',
	'share.embedCode': 'Code d’intégration (à coller dans une page web)',
	'share.copyEmbed': 'Copier le code d’intégration',
	'share.copyEmbedOf': 'Copier le code d’intégration de « {title} »',
	'share.embedHint': 'Le cadre affiche ce graphique avec les filtres actuels, sa source et un lien vers cette page.',
	'share.iframeTitle': '{title} – {site}',
	'embed.viewOnDashboard': 'Voir sur le tableau de bord',
	'embed.newTab': '(s’ouvre dans un nouvel onglet)',
	'embed.filters': 'Vue filtrée : {filters}',
	'embed.filter': '{name} : {value}',
	'embed.filter.convention': 'Convention',
	'embed.filter.cycle': 'Cycle d’établissement des rapports',
	'embed.filter.region': 'Région',
	'embed.filter.element': 'Élément du cadre',
	'embed.filter.compare': 'Éléments comparés',
	'embed.missing': 'Le graphique « {id} » ne figure pas sur cette page.',
	'embed.openPage': 'Ouvrir la page'
} satisfies Record<keyof typeof enShare, string>;
