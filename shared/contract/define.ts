/**
 * The pieces every area's contract file uses: `method(input).returns<Output>()` and the
 * common inputs. An area file declares its methods, the change areas it owns and its events;
 * index.ts composes them into the one table the dispatcher, the preload and the clients share.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker: the value is never read. */
  output: O;
}

export const method = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): MethodSpec<I, O> => ({ input, output: undefined as unknown as O }),
});

export const Empty = z.object({}).strict();
export const ByWorkshop = z.object({ workshopId: Id });
export const ByRound = z.object({ roundId: Id });
