/**
 * A tagged template that keeps values out of the SQL text: `sql\`... WHERE id = ${id}\`` becomes
 * `{ text: '... WHERE id = ?', params: [id] }`, run as a prepared statement.
 */
export interface SqlQuery {
	text: string;
	params: unknown[];
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
	let text = strings[0];
	const params: unknown[] = [];
	values.forEach((value, i) => {
		if (value instanceof SqlFragment) {
			text += value.text;
			params.push(...value.params);
		} else {
			text += '?';
			params.push(value);
		}
		text += strings[i + 1];
	});
	return { text: text.replace(/\s+/g, ' ').trim(), params };
}

/** A piece of SQL (built with `sql` or `identifier`) spliced into another as SQL, not as a value. */
export class SqlFragment {
	constructor(
		readonly text: string,
		readonly params: unknown[] = []
	) {}
}

export function fragment(query: SqlQuery): SqlFragment {
	return new SqlFragment(query.text, query.params);
}

/** A table or column name; only plain identifiers are accepted, so no value can smuggle SQL in. */
export function identifier(name: string): SqlFragment {
	if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
	return new SqlFragment(`"${name}"`);
}
