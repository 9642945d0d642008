/** Spanish messages of "share and embed" (en-share.ts). */
import type { enShare } from '../en-share';

export const share: Record<keyof typeof enShare, string> = {
	'share.copyView': 'Copiar el enlace a esta vista',
	'share.copied': 'Enlace copiado en el portapapeles.',
	'share.snippetCopied': 'Código de inserción copiado en el portapapeles.',
	'share.copyFailed': 'No se pudo copiar automáticamente: el texto está seleccionado a continuación; cópielo con Ctrl+C (⌘C en un Mac).',
	'share.viewLinkField': 'Enlace a esta vista',
	'share.toggle': 'Compartir / Insertar',
	'share.toggleOf': 'Compartir / Insertar: {title}',
	'share.panel': 'Compartir o insertar «{title}»',
	'share.chartLink': 'Enlace a este gráfico',
	'share.copyChartLink': 'Copiar el enlace',
	'share.copyChartLinkOf': 'Copiar el enlace a «{title}»',
	'share.embedCode': 'Código de inserción (péguelo en una página web)',
	'share.copyEmbed': 'Copiar el código de inserción',
	'share.copyEmbedOf': 'Copiar el código de inserción de «{title}»',
	'share.embedHint': 'El marco muestra este gráfico con los filtros actuales, su fuente y un enlace a esta página.',
	'share.iframeTitle': '{title} — {site}',
	'embed.viewOnDashboard': 'Ver en el panel',
	'embed.newTab': '(se abre en una pestaña nueva)',
	'embed.filters': 'Vista filtrada: {filters}',
	'embed.filter': '{name}: {value}',
	'embed.filter.convention': 'Convención',
	'embed.filter.cycle': 'Ciclo de presentación de informes',
	'embed.filter.region': 'Región',
	'embed.filter.element': 'Elemento del marco',
	'embed.filter.compare': 'Elementos comparados',
	'embed.missing': 'El gráfico «{id}» no figura en esta página.',
	'embed.openPage': 'Abrir la página'
};
