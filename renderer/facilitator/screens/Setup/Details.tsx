/**
 * Setup › Details, saved as you type. Why not a Save button and a prompt before leaving: the
 * rest of Setup (rooms, slots) already saves in place, the store is local so a save costs
 * nothing, a facilitator in the room jumps between tabs and must not be stopped by a dialog,
 * and a reload or a crash cannot be asked anything (Electron shows no "leave the page?" prompt).
 *
 * - A change is saved 0.7 s after the last keystroke, at once for choices (format, date,
 *   language), when focus leaves a field, on Enter, and when the section is left (another tab,
 *   another Setup section) — so switching to Topics right after typing keeps the change.
 * - Nothing half-saved: while a field is invalid (an empty title, a text over its limit) the
 *   whole draft waits, the field says why, and the footer says the changes are not saved yet.
 * - The draft is also kept on this computer until saved (storedDraft.ts): a reload in the middle
 *   brings it back and saves it, applied over the details as they are now.
 * - The footer always says where things stand: saving, all saved, or not saved and why.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import { LANGUAGES, type Language, WORKSHOP_FORMATS, type Workshop } from '../../../../shared/schemas.ts';
import { currentLanguage, setLanguage } from '../../../shared/i18n/index.ts';
import { Button } from '../../components/Button.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { hasStrings, readDraft, writeDraft } from '../../components/storedDraft.ts';
import { fieldErrors } from '../../lib/errors.ts';
import { dismissToast, showToast } from '../../store/toasts.ts';
import { updateWorkshop, useWorkshop } from '../../store/workshop.ts';
import {
  overLimitFields,
  validateWorkshopDraft,
  WORKSHOP_DRAFT_FIELDS,
  type WorkshopDraft,
  WorkshopForm,
} from '../WorkshopForm.tsx';
import { SectionHeader } from './SectionHeader.tsx';

/** Quiet time after the last keystroke before a text change is saved. */
export const SAVE_DELAY_MS = 700;
/** Fields chosen rather than typed: saved as soon as they change. */
const CHOICES: ReadonlySet<keyof WorkshopDraft> = new Set(['format', 'date', 'language']);

type Errors = Partial<Record<keyof WorkshopDraft, string>>;
type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

const toDraft = (w: Workshop): WorkshopDraft => ({
  title: w.title,
  format: w.format,
  date: w.date,
  venue: w.venue,
  territory: w.territory,
  language: w.language,
  description: w.description,
});

/** The core trims texts: "Hôtel " typed and "Hôtel" saved are the same details. */
const same = (a: WorkshopDraft, b: WorkshopDraft, k: keyof WorkshopDraft) => a[k].trim() === b[k].trim();
const sameDraft = (a: WorkshopDraft, b: WorkshopDraft) => WORKSHOP_DRAFT_FIELDS.every((k) => same(a, b, k));
const changedFields = (draft: WorkshopDraft, base: WorkshopDraft) =>
  WORKSHOP_DRAFT_FIELDS.filter((k) => !same(draft, base, k));

interface StoredDetails {
  /** The details the draft was edited from: only what differs from them is restored. */
  base: WorkshopDraft;
  draft: WorkshopDraft;
}

const isDraft = (value: unknown): value is WorkshopDraft =>
  hasStrings(value, WORKSHOP_DRAFT_FIELDS) &&
  (WORKSHOP_FORMATS as readonly string[]).includes(value.format) &&
  (LANGUAGES as readonly string[]).includes(value.language);
const isStored = (value: unknown): value is StoredDetails =>
  typeof value === 'object' &&
  value !== null &&
  isDraft((value as StoredDetails).base) &&
  isDraft((value as StoredDetails).draft);

const storageKey = (workshopId: string) => `details.${workshopId}`;

/** The "details were not saved" notice: gone once the form is back on screen to say it itself. */
let leftUnsavedToast: number | null = null;

/** The details on screen: the workshop, with the edits of a draft not saved before a reload. */
function restoreDraft(workshop: Workshop): WorkshopDraft {
  const current = toDraft(workshop);
  const stored = readDraft(storageKey(workshop.id), isStored);
  if (!stored) return current;
  const edits = changedFields(stored.draft, stored.base);
  if (edits.length === 0) {
    writeDraft(storageKey(workshop.id), null);
    return current;
  }
  const restored: WorkshopDraft = { ...current };
  for (const k of edits) (restored as Record<keyof WorkshopDraft, string>)[k] = stored.draft[k];
  return restored;
}

function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const workshopId = workshop.id;
  const [draft, setDraftState] = useState(() => restoreDraft(workshop));
  const [base, setBaseState] = useState(() => toDraft(workshop));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [state, setState] = useState<SaveState>('saved');

  // The save loop reads the latest values, whatever render it was scheduled from.
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const again = useRef(false);
  const tRef = useRef(t);
  tRef.current = t;

  const setDraft = (next: WorkshopDraft) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const setBase = (next: WorkshopDraft) => {
    baseRef.current = next;
    setBaseState(next);
  };

  const check = (d: WorkshopDraft): Errors => {
    const local: Errors = validateWorkshopDraft(d, tRef.current);
    // Over-limit fields say so themselves; here they only stop the save.
    for (const field of overLimitFields(d)) local[field] ??= '';
    return local;
  };

  // Plain functions reached through a ref: timers, window events and the unmount read the
  // latest render's, with no dependency list to keep right.
  const flush = async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) {
      again.current = true;
      return;
    }
    const current = draftRef.current;
    const saved = baseRef.current;
    const changed = changedFields(current, saved);
    if (changed.length === 0) {
      writeDraft(storageKey(workshopId), null);
      setState('saved');
      return;
    }
    const local = check(current);
    if (Object.keys(local).length > 0) {
      setErrors(Object.fromEntries(Object.entries(local).filter(([, message]) => message)));
      setState('invalid');
      return;
    }
    setState('saving');
    saving.current = true;
    // Only what changed: an edit made meanwhile in another window keeps its other fields.
    const patch = Object.fromEntries(changed.map((k) => [k, current[k]])) as Partial<WorkshopDraft>;
    const result = await updateWorkshop(workshopId, patch);
    saving.current = false;
    if (result.ok) {
      const next = toDraft(result.value);
      setBase(next);
      setErrors({});
      setFormError(null);
      if (next.language !== saved.language) announceRoomLanguage(next.language, tRef.current);
      const upToDate = sameDraft(draftRef.current, next);
      writeDraft(storageKey(workshopId), upToDate ? null : { base: next, draft: draftRef.current });
      setState(upToDate ? 'saved' : 'pending');
      if (!upToDate) again.current = true;
    } else {
      const inline = fieldErrors(result.error, WORKSHOP_DRAFT_FIELDS);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      setState('failed');
      again.current = false;
    }
    if (again.current) {
      again.current = false;
      void live.current.flush();
    }
  };

  const schedule = (delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void live.current.flush(), delay);
  };
  const live = useRef({ flush, schedule, check });
  live.current = { flush, schedule, check };

  const onChange = (next: WorkshopDraft) => {
    const previous = draftRef.current;
    setDraft(next);
    writeDraft(storageKey(workshopId), { base: baseRef.current, draft: next });
    // A message goes as soon as its field is right again; new ones wait for the pause.
    if (Object.keys(errors).length > 0) {
      const still = check(next);
      setErrors((shown) =>
        Object.fromEntries(Object.entries(shown).filter(([k]) => still[k as keyof WorkshopDraft] !== undefined)),
      );
    }
    setState('pending');
    const choice = WORKSHOP_DRAFT_FIELDS.some((k) => CHOICES.has(k) && previous[k] !== next[k]);
    schedule(choice ? 0 : SAVE_DELAY_MS);
  };

  // Leaving the section (another tab, another Setup section, Home) saves what was typed; so do
  // a reload and a closed window, as far as the request gets out (the stored draft covers the rest).
  useEffect(() => {
    if (leftUnsavedToast !== null) dismissToast(leftUnsavedToast);
    leftUnsavedToast = null;
    const onLeave = () => void live.current.flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    // A draft brought back from before a reload is saved straight away.
    if (!sameDraft(draftRef.current, baseRef.current)) {
      setState('pending');
      live.current.schedule(0);
    }
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void live.current.flush();
      // Left with a draft that cannot be saved: say so once; it is waiting here on return.
      const left = draftRef.current;
      if (changedFields(left, baseRef.current).length > 0 && Object.keys(live.current.check(left)).length > 0)
        leftUnsavedToast = showToast({ tone: 'error', message: tRef.current('details.leftUnsaved') });
    };
  }, []);

  // Another window saved: take its version of the fields this form has not changed.
  // (Adjusting state while rendering, React's pattern for "reset when a prop changes".)
  const [seen, setSeen] = useState(workshop);
  if (seen !== workshop) {
    setSeen(workshop);
    const incoming = toDraft(workshop);
    const mine = changedFields(draftRef.current, baseRef.current);
    if (!sameDraft(draftRef.current, incoming)) {
      const merged: WorkshopDraft = { ...incoming };
      for (const k of mine) (merged as Record<keyof WorkshopDraft, string>)[k] = draftRef.current[k];
      setDraft(merged);
    }
    setBase(incoming);
  }

  const undo = () => {
    if (timer.current) clearTimeout(timer.current);
    setDraft(baseRef.current);
    writeDraft(storageKey(workshopId), null);
    setErrors({});
    setFormError(null);
    setState('saved');
  };

  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="details-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void flush();
      }}
      onBlur={(e) => {
        // Focus leaving a field: save now rather than after the pause.
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) {
          if (state === 'pending') void flush();
        }
      }}
    >
      <div className="panel__body">
        <FormError error={formError} />
        <WorkshopForm value={draft} onChange={onChange} errors={errors} />
      </div>
      <div className={`panel__footer panel__footer--sticky save-status save-status--${state}`}>
        <p className="save-status__text" aria-live="polite" data-testid="details-save-status">
          <Icon
            name={state === 'saved' ? 'check' : state === 'invalid' || state === 'failed' ? 'alert' : 'refresh'}
            size={16}
          />
          <span>
            {state === 'saved'
              ? t('details.upToDate')
              : state === 'invalid'
                ? t('details.notSavedInvalid')
                : state === 'failed'
                  ? t('details.notSavedFailed')
                  : t('details.saving')}
          </span>
        </p>
        {state === 'invalid' || state === 'failed' ? (
          <div className="panel__footer-actions">
            {state === 'failed' ? <Button onClick={() => void flush()}>{t('details.retry')}</Button> : null}
            <Button onClick={undo}>{t('details.undo')}</Button>
          </div>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The workshop's language is the room's: the projected screen and phones follow it. The
 * facilitator's own interface keeps its language (the switch at the top), and is offered the
 * room's in one click.
 */
function announceRoomLanguage(language: Language, t: (key: string, options?: Record<string, unknown>) => string) {
  const name = t(`language.${language}`);
  showToast({
    tone: 'info',
    message: t('details.roomLanguageChanged', { language: name }),
    ...(currentLanguage() !== language
      ? { action: { label: t('details.interfaceToo', { language: name }), run: () => setLanguage(language) } }
      : {}),
  });
}

export function DetailsSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const workshop = useWorkshop((s) => (s.workshopId === workshopId ? s.workshop : null));
  return (
    <section aria-labelledby="details-heading">
      <SectionHeader id="details-heading" title={t('setup.section.details')} lead={t('details.lead')} />
      {workshop ? (
        <DetailsForm key={workshop.id} workshop={workshop} />
      ) : (
        <div className="panel panel--loading" aria-busy="true" />
      )}
    </section>
  );
}
