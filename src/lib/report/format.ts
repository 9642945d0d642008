/** The report format a party answers, as the studio's queries return it. */

/** A question of a cycle's format, in the format's order, with the targets the crosswalk maps it to. */
export interface FormatQuestion {
	convention_id: string;
	cycle_id: string;
	question_id: string;
	scale_id: string;
	text: string;
	/** Target element ids, in framework order (empty when the crosswalk maps it to none). */
	targets: string[];
}

/** One answer code of a scale; `score` null = the scale's own "not applicable" answer. */
export interface ScaleOption {
	scale_id: string;
	answer: string;
	label: string;
	score: number | null;
}

/** scale_id → its answer codes, for the checks. */
export function scaleCodes(options: ScaleOption[]): Map<string, Set<string>> {
	const codes = new Map<string, Set<string>>();
	for (const o of options) {
		if (!codes.has(o.scale_id)) codes.set(o.scale_id, new Set());
		codes.get(o.scale_id)!.add(o.answer);
	}
	return codes;
}
