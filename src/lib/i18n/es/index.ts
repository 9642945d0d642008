/** PLACEHOLDER until translated: English messages. */
import type { Messages } from '../catalogue';
import { en } from '../en';

export const es: Messages = { ...en };
