import type { CoreContext, Handlers } from './context.ts';
import { gridHandlers } from './grid.ts';
import { groupHandlers } from './groups.ts';
import { joinHandlers } from './join.ts';
import { lanHandlers } from './lan.ts';
import { participantHandlers } from './participants.ts';
import { projectorHandlers } from './projector.ts';
import { roomHandlers } from './rooms.ts';
import { roundHandlers } from './rounds.ts';
import { slotHandlers } from './slots.ts';
import { suggestionHandlers } from './suggestions.ts';
import { ticketHandlers } from './tickets.ts';
import { topicImportHandlers } from './topicImport.ts';
import { topicHandlers } from './topics.ts';
import { transferHandlers } from './transfer.ts';
import { workshopHandlers } from './workshops.ts';

/** Every contract method, implemented once; the type checker reports a missing one. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'app:info': () => ctx.info(),
    'backups:list': () => ctx.backups.list(),
    'backups:create': () => ctx.backups.create(ctx.db, 'manual'),
    ...workshopHandlers(ctx),
    ...roomHandlers(ctx),
    ...slotHandlers(ctx),
    ...participantHandlers(ctx),
    ...topicHandlers(ctx),
    ...topicImportHandlers(ctx),
    ...groupHandlers(ctx),
    ...gridHandlers(ctx),
    ...transferHandlers(ctx),
    ...roundHandlers(ctx),
    ...lanHandlers(ctx),
    ...joinHandlers(ctx),
    ...ticketHandlers(ctx),
    ...suggestionHandlers(ctx),
    ...projectorHandlers(ctx),
  } satisfies Handlers;
}
