/** French UI messages: the same split as the English dictionaries (en.ts and one file per lens). */
import type { Messages } from '../catalogue';
import { core } from './core';
import { convention } from './convention';
import { country } from './country';
import { target } from './target';
import { indicator } from './indicator';
import { share } from './share';
import { print } from './print';
import { outcomes } from './outcomes';

export const fr: Messages = { ...core, ...convention, ...country, ...target, ...indicator, ...share, ...print, ...outcomes };
