/**
 * Writing handlers declare what they change instead of emitting events by hand:
 *
 *   'topics:add': writes(['topics'], ({ workshopId, topic }) => { … return created; })
 *
 * The wrapper emits one `workshop:changed` per area once the handler has succeeded (a refused
 * call changes nothing and tells nobody), naming the window whose call it was, so that window
 * can skip re-reading what its own answer already gave it.
 */
import type { ChangeArea } from '../../../shared/contract/index.ts';
import type { CallMeta, CoreContext } from './context.ts';

type Handler<I, O> = (input: I, call: CallMeta) => O | Promise<O>;

export type ChangeSpec<I, O> =
  | {
      areas: readonly ChangeArea[];
      /** Which workshop changed, when the answer does not carry its `workshopId`. */
      workshopOf: (input: I, output: O) => string;
      /** The list of workshops changed too (a title, a language). */
      workshopList?: boolean;
    }
  /** Only the list of workshops changed (a new one, the trash). */
  | { workshopList: true };

export function changeWriter({ emit }: Pick<CoreContext, 'emit'>) {
  function announce<I, O>(spec: ChangeSpec<I, O>, input: I, output: O, call: CallMeta): void {
    if (spec.workshopList) emit({ name: 'workshops:changed', payload: {} });
    if (!('areas' in spec)) return;
    const workshopId = spec.workshopOf(input, output);
    for (const area of spec.areas) {
      emit({
        name: 'workshop:changed',
        payload: call.origin ? { workshopId, area, origin: call.origin } : { workshopId, area },
      });
    }
  }

  /** Wraps a handler that changes `areas` of the workshop its answer names (`workshopId`), or as `spec` says. */
  function writes<I, O extends { workshopId: string }>(
    areas: readonly ChangeArea[],
    handler: Handler<I, O>,
  ): Handler<I, O>;
  function writes<I, O>(spec: ChangeSpec<I, O>, handler: Handler<I, O>): Handler<I, O>;
  function writes<I, O>(what: readonly ChangeArea[] | ChangeSpec<I, O>, handler: Handler<I, O>): Handler<I, O> {
    const spec: ChangeSpec<I, O> = isAreaList(what)
      ? { areas: what, workshopOf: (_input, output) => (output as { workshopId: string }).workshopId }
      : what;
    return (input, call) => {
      const output = handler(input, call);
      if (output instanceof Promise) {
        return output.then((value) => {
          announce(spec, input, value, call);
          return value;
        });
      }
      announce(spec, input, output, call);
      return output;
    };
  }
  return writes;
}

const isAreaList = <I, O>(what: readonly ChangeArea[] | ChangeSpec<I, O>): what is readonly ChangeArea[] =>
  Array.isArray(what);
