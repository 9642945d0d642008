/**
 * Seeded randomness. Every part of the sample draws from its own stream, named by a label
 * (`stream(seed, 'parties', 'cbd')`), so changing the size of one part never reshuffles another.
 */

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Standard normal (mean 0, sd 1). */
	normal(): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mulberry32: small, fast and good enough for synthetic data. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function stream(seed: number, ...labels: string[]): Random {
	const next = mulberry32(hashString(`${seed}|${labels.join('|')}`));
	let spareNormal: number | null = null;

	const random: Random = {
		next,
		normal() {
			if (spareNormal !== null) {
				const value = spareNormal;
				spareNormal = null;
				return value;
			}
			// Box–Muller; 1 - next() is in (0, 1], so the log is finite.
			const radius = Math.sqrt(-2 * Math.log(1 - next()));
			const angle = 2 * Math.PI * next();
			spareNormal = radius * Math.sin(angle);
			return radius * Math.cos(angle);
		},
		int(min, max) {
			return min + Math.floor(next() * (max - min + 1));
		},
		pick(items) {
			return items[Math.floor(next() * items.length)];
		},
		shuffle(items) {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy;
		}
	};
	return random;
}
