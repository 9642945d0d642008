/**
 * The build-time engine answers a read it has answered before from memory. Hundreds of prerendered pages ask the
 * same things of data that does not change while the site builds (the conventions, the framework, the cycles, the
 * list of parties…): an English build ran 3,617 statements, 1,269 of them exact repeats. Each caller gets its own
 * copy of the rows, so a page that changes them changes nothing for the next. A failed read is not kept, and any
 * statement that is not a read (loading or relabelling a table) forgets every answer.
 */
import type { Engine, Row } from '../db/connection';

const READ = /^\s*(SELECT|WITH)\b/i;

export function withAnswerCache(engine: Engine): Engine {
	const answers = new Map<string, Promise<Row[]>>();
	return {
		...engine,
		async run(query) {
			if (!READ.test(query.text)) {
				answers.clear();
				return engine.run(query);
			}
			const key = `${JSON.stringify(query.params)}\n${query.text}`;
			let answer = answers.get(key);
			if (!answer) {
				answer = engine.run(query);
				answers.set(key, answer);
				answer.catch(() => answers.delete(key));
			}
			return structuredClone(await answer);
		},
		async load(name, file) {
			answers.clear();
			await engine.load(name, file);
			answers.clear();
		}
	};
}
