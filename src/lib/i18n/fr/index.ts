/** French UI messages: the same split as the English dictionaries (en.ts and one file per lens). */
import type { Messages } from '../catalogue';
import { core } from './core';
import { convention } from './convention';
import { country } from './country';
import { target } from './target';
import { indicator } from './indicator';
import { share } from './share';
import { sql } from './sql';
import { print } from './print';
import { viewContext } from './view-context';
import { notFound } from './not-found';
import { open } from './open';
import { phone } from './phone';
import { parties } from './parties';
import { small } from './small';
import { activities } from './activities';
import { outcomes } from './outcomes';
import { report } from './report';
import { changes } from './changes';
import { linked } from './linked';

export const fr: Messages = {
	...core,
	...convention,
	...country,
	...target,
	...indicator,
	...share,
	...print,
	...viewContext,
	...sql,
	...notFound,
	...phone,
	...parties,
	...small,
	...activities,
	...outcomes,
	...open,
	...report,
	...changes,
	...linked
};
