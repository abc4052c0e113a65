/** The participant server's switch, as API methods; the server itself is net/lan.ts. */
import type { CoreContext, HandlersOf } from './context.ts';

export function lanHandlers({
  lan,
}: CoreContext): HandlersOf<'lan:status' | 'lan:start' | 'lan:stop' | 'lan:advertise'> {
  return {
    'lan:status': () => lan.status(),
    'lan:start': (options) => lan.start(options),
    'lan:stop': () => lan.stop(),
    'lan:advertise': ({ address }) => lan.advertise(address),
  };
}
