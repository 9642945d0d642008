/** Spanish UI messages: one file per English dictionary (en.ts's core and each lens), merged like en.ts. */
import type { Messages } from '../catalogue';
import { convention } from './convention';
import { core } from './core';
import { country } from './country';
import { indicator } from './indicator';
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
import { share } from './share';
import { sql } from './sql';
import { target } from './target';

export const es: Messages = {
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
