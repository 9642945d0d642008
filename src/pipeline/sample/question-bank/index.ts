/** Question banks of the five conventions' report formats. */

import type { ConventionId } from '../../reference/conventions';
import { CBD_QUESTIONS } from './cbd';
import { CITES_QUESTIONS } from './cites';
import { CMS_QUESTIONS } from './cms';
import { RAMSAR_QUESTIONS } from './ramsar';
import type { BankQuestion } from './types';
import { WHC_QUESTIONS } from './whc';

export type { BankQuestion } from './types';

export const QUESTION_BANKS: Readonly<Record<ConventionId, readonly BankQuestion[]>> = {
	cbd: CBD_QUESTIONS,
	cites: CITES_QUESTIONS,
	cms: CMS_QUESTIONS,
	ramsar: RAMSAR_QUESTIONS,
	whc: WHC_QUESTIONS
};

/** The questions a cycle's format can have, in bank order. */
export function questionsOfCycle(conventionId: ConventionId, cycleId: string): BankQuestion[] {
	return QUESTION_BANKS[conventionId].filter((entry) => !entry.cycles || entry.cycles.includes(cycleId));
}
