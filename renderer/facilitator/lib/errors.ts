import type { AgoraError } from '../../../shared/result.ts';
import i18n from '../../shared/i18n/index.ts';

/**
 * The form field an error points at. The core reports dotted paths from the whole input
 * ("patch.title", "room.capacity", "grid.breaks.0.end"); forms key their inputs by the
 * path below the payload, so strip the known wrappers.
 */
export function errorField(error: AgoraError | null | undefined): string | null {
  if (!error?.field) return null;
  return error.field.replace(/^(patch|room|slot|participant|topic|grid|workshop)\./, '');
}

/**
 * The core's validation messages are English sentences from the shared schemas. The common
 * ones are said again in the UI's language; anything else is shown as the core wrote it.
 */
const KNOWN_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^at most (\d+) characters$/, (m) => i18n.t('errors.maxLength', { max: m[1] })],
  [/^an? .+ is required$/, () => i18n.t('errors.required')],
  [/^not an e-mail address$/, () => i18n.t('errors.email')],
  [/^(a date as YYYY-MM-DD|not a real date)$/, () => i18n.t('errors.date')],
  [/^a time as HH:MM$/, () => i18n.t('errors.time')],
  [/^a slot must end after it starts$/, () => i18n.t('slots.errors.slotEnd')],
];

export function localiseMessage(message: string): string {
  for (const [pattern, say] of KNOWN_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}

/**
 * The message to show next to its field. The core prefixes schema messages with the path
 * ("participant.email: not an e-mail address"), which the field's position already says.
 */
export function inlineMessage(error: AgoraError): string {
  const message =
    error.field && error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
  return localiseMessage(message);
}

/** A rejected CSV row's reason ("email: not an e-mail address"), without the field the report already names. */
export function importReason(field: string | null, reason: string): string {
  const bare = field && reason.startsWith(`${field}: `) ? reason.slice(field.length + 2) : reason;
  return localiseMessage(bare);
}

/** Maps an error to {field: message} for inline display, or null when no field matches. */
export function fieldErrors(
  error: AgoraError | null | undefined,
  known: readonly string[],
): Record<string, string> | null {
  const field = errorField(error);
  if (!error || !field) return null;
  const message = inlineMessage(error);
  if (known.includes(field)) return { [field]: message };
  const head = field.split('.')[0];
  if (head && known.includes(head)) return { [head]: message };
  return null;
}
