/** PLACEHOLDER until translated: English messages. */
import type { Messages } from '../catalogue';
import { en } from '../en';

export const fr: Messages = { ...en };
