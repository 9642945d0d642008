/**
 * The console's SQL editor: CodeMirror 6 with its SQL language (highlighting, completion of the tables' and
 * views' names and columns), Ctrl/Cmd+Enter to run. Imported only by the /sql/ page, on demand.
 */
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { ConsoleTable } from './console-engine';

export interface EditorOptions {
	parent: HTMLElement;
	doc: string;
	tables: ConsoleTable[];
	/** Accessible name of the editing area. */
	label: string;
	placeholderText: string;
	onrun: () => void;
	onchange: (doc: string) => void;
}

export interface SqlEditor {
	get(): string;
	set(doc: string): void;
	focus(): void;
	destroy(): void;
}

const theme = EditorView.theme({
	'&': { fontSize: '0.9rem', border: '1px solid var(--border, #bbb)', borderRadius: '4px', minHeight: '9rem' },
	'&.cm-focused': { outline: '3px solid var(--focus, #1a5fb4)', outlineOffset: '1px' },
	'.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', caretColor: 'currentColor' },
	'.cm-scroller': { minHeight: '9rem', maxHeight: '22rem' },
	'.cm-gutters': { background: 'transparent', color: 'var(--muted, #555)', borderRight: '1px solid var(--border, #ccc)' }
});

/** Token colours from CSS variables (SqlEditor.svelte), so they keep their contrast in the light and dark themes. */
const highlight = HighlightStyle.define([
	{ tag: [tags.keyword, tags.operatorKeyword], color: 'var(--sql-keyword)', fontWeight: '600' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
	{ tag: [tags.number, tags.bool, tags.null], color: 'var(--sql-number)' },
	{ tag: [tags.lineComment, tags.blockComment], color: 'var(--sql-comment)', fontStyle: 'italic' },
	{ tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' }
]);

export function createSqlEditor(options: EditorOptions): SqlEditor {
	const schema: SQLNamespace = Object.fromEntries(options.tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
	const view = new EditorView({
		parent: options.parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				Prec.highest(
					keymap.of([
						{
							key: 'Mod-Enter',
							run: () => {
								options.onrun();
								return true;
							}
						}
					])
				),
				basicSetup,
				Prec.high(syntaxHighlighting(highlight)),
				sql({ dialect: PostgreSQL, schema, upperCaseKeywords: true }),
				placeholder(options.placeholderText),
				EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true' }),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onchange(update.state.doc.toString());
				}),
				// Long lines wrap: no sideways scrolling box (keyboard users could not scroll it), even at 375 px.
				EditorView.lineWrapping,
				theme
			]
		})
	});
	return {
		get: () => view.state.doc.toString(),
		set: (doc) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } }),
		focus: () => view.focus(),
		destroy: () => view.destroy()
	};
}
