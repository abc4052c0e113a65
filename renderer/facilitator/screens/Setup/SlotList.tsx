/**
 * The workshop's slots, editable in place; sessions are numbered in time order. A plenary (an
 * opening, the topic market, a closing) is the whole room together: its own colour in the day
 * bar and the list, and a "Whole room" mark, so it is not mistaken for a session run in parallel.
 */
import { type KeyboardEvent, memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, SLOT_KINDS, type Slot, type SlotKind } from '../../../../shared/schemas.ts';
import { minutesBetween } from '../../../shared/i18n/format.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { SelectField, TextField, useTooLong } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { TimeField } from '../../components/TimeField.tsx';
import { checkLength } from '../../components/textLimit.ts';
import { inlineMessage } from '../../lib/errors.ts';
import { addSlot, removeSlot, updateSlot, useSlots } from '../../store/slots.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { DayBar } from './DayBar.tsx';

interface SlotRowProps {
  slot: Slot;
  index: number;
  /** "Session 3", "Break" or "Plenary": what the slot is called when its label is empty. */
  defaultLabel: string;
}

/** One slot, edited in place. A label over LIMITS.name is not cut: the row says by how much, and does not save. */
const SlotRow = memo(function SlotRow({ slot, index, defaultLabel }: SlotRowProps) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const [start, setStart] = useState(slot.start);
  const [end, setEnd] = useState(slot.end);
  const [label, setLabel] = useState(slot.label);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(slot);
  if (seen !== slot) {
    setSeen(slot);
    setStart(slot.start);
    setEnd(slot.end);
    setLabel(slot.label);
  }

  const labelTooLong = tooLong(label, LIMITS.name);
  const shown = labelTooLong ?? error;

  const save = async (patch: Partial<Pick<Slot, 'start' | 'end' | 'label' | 'kind'>>) => {
    if (labelTooLong) return; // the row already says so; nothing is saved or cut
    const next = { start, end, label: label.trim(), kind: slot.kind, ...patch };
    if (next.start === slot.start && next.end === slot.end && next.label === slot.label && next.kind === slot.kind) {
      setError(null);
      return;
    }
    if (!next.start || !next.end || next.end <= next.start) {
      setError(t('slots.errors.slotEnd'));
      return;
    }
    const result = await updateSlot(slot.id, next);
    if (result.ok) setError(null);
    else setError(inlineMessage(result.error));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save({});
    } else if (e.key === 'Escape') {
      setStart(slot.start);
      setEnd(slot.end);
      setLabel(slot.label);
      setError(null);
    }
  };

  // Enter is TimeField's: it commits the normalised time itself.
  const onTimeKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') onKeyDown(e);
  };

  const remove = async () => {
    const result = await removeSlot(slot.id);
    if (result.ok) showToast({ tone: 'success', message: t('slots.removed', { start: slot.start, end: slot.end }) });
    else toastError(result.error);
  };

  const n = index + 1;
  const errorId = `slot-${slot.id}-error`;
  const minutes = minutesBetween(slot.start, slot.end);
  return (
    <li className={`rows__row slots__row slots__row--${slot.kind} ${shown ? 'rows__row--invalid' : ''}`}>
      <span className={`slots__kind-mark slots__kind-mark--${slot.kind}`} aria-hidden="true" />
      {/* TimeField normalises on blur and Enter, then commits the value it settled on:
          the row's state would still hold the text typed before normalisation. */}
      <TimeField
        inputClassName="input--inline"
        aria-label={t('slots.startOf', { n })}
        value={start}
        onChange={setStart}
        onCommit={(value) => void save({ start: value })}
        onKeyDown={onTimeKeyDown}
        error={error}
        aria-describedby={error ? errorId : undefined}
      />
      <TimeField
        inputClassName="input--inline"
        aria-label={t('slots.endOf', { n })}
        value={end}
        onChange={setEnd}
        onCommit={(value) => void save({ end: value })}
        onKeyDown={onTimeKeyDown}
        error={error}
        aria-describedby={error ? errorId : undefined}
      />
      <span className="slots__duration muted">{t('slots.minutes', { count: minutes })}</span>
      <span className="slots__label">
        <input
          className="input input--inline"
          aria-label={t('slots.labelOf', { n })}
          placeholder={defaultLabel}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onBlur={() => void save({})}
          onKeyDown={onKeyDown}
          aria-invalid={labelTooLong ? true : undefined}
          aria-describedby={labelTooLong ? errorId : undefined}
        />
        {slot.kind === 'plenary' ? (
          <span className="badge badge--plenary" title={t('slots.wholeRoomHint')}>
            <Icon name="users" size={13} />
            {t('slots.wholeRoom')}
          </span>
        ) : null}
      </span>
      <select
        className="input input--inline select"
        aria-label={t('slots.kindOf', { n })}
        value={slot.kind}
        onChange={(e) => void save({ kind: e.target.value as SlotKind })}
      >
        {SLOT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`slotKind.${kind}`)}
          </option>
        ))}
      </select>
      <IconButton
        icon="trash"
        variant="danger-ghost"
        label={t('slots.removeSlot', { n })}
        onClick={() => void remove()}
      />
      {shown ? (
        <p className="rows__error field__error" id={errorId}>
          {shown}
        </p>
      ) : null}
    </li>
  );
});

/**
 * "Add a slot" on one line: start (the day's end so far), end, label, kind, the button. Enter
 * adds; the next slot starts where this one ended and the focus goes back to its end. The label
 * is counted against LIMITS.name near it and refused over it, never cut.
 */
function AddSlotForm({ workshopId, after }: { workshopId: string; after: string | null }) {
  const { t } = useTranslation();
  const endRef = useRef<HTMLInputElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const [start, setStart] = useState(after ?? '09:00');
  const [end, setEnd] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<SlotKind>('session');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [invalidTimes, setInvalidTimes] = useState(0);
  const trackTime = (invalid: boolean) => setInvalidTimes((n) => n + (invalid ? 1 : -1));
  // The day got a new end (a grid added above, a slot removed): an untouched form follows it.
  const [seenAfter, setSeenAfter] = useState(after);
  if (after !== seenAfter) {
    setSeenAfter(after);
    if (!end && !label) setStart(after ?? '09:00');
  }

  const submit = async () => {
    if (invalidTimes > 0) return; // the field already says what is wrong
    // Over the limit, the label field already says by how much.
    if (checkLength(label, LIMITS.name).over > 0) return labelRef.current?.focus();
    if (!start || !end || end <= start) {
      setError(t('slots.errors.slotEnd'));
      return;
    }
    setBusy(true);
    const result = await addSlot(workshopId, { start, end, label: label.trim(), kind });
    setBusy(false);
    if (!result.ok) {
      setError(inlineMessage(result.error));
      return;
    }
    setError(null);
    setStart(end);
    setEnd('');
    setLabel('');
    // The next slot starts where this one ended: its end is what to type next.
    endRef.current?.focus();
  };

  return (
    <form
      className="add-row add-row--slots"
      noValidate
      aria-label={t('slots.addTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TimeField
        id="new-slot-start"
        label={t('slots.newStart')}
        value={start}
        onChange={setStart}
        onInvalidChange={trackTime}
      />
      <TimeField
        ref={endRef}
        id="new-slot-end"
        label={t('slots.newEnd')}
        value={end}
        onChange={setEnd}
        onInvalidChange={trackTime}
        error={error}
      />
      <TextField
        ref={labelRef}
        id="new-slot-label"
        label={t('slots.newLabel')}
        value={label}
        limit={LIMITS.name}
        placeholder={t('slots.labelPlaceholder')}
        onChange={(e) => setLabel(e.target.value)}
        fieldClassName="add-row__grow"
      />
      <SelectField
        id="new-slot-kind"
        label={t('slots.newKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as SlotKind)}
      >
        {SLOT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`slotKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" icon="plus" busy={busy}>
        {t('slots.add')}
      </Button>
    </form>
  );
}

export function SlotList({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const slots = useSlots((s) => s.items);
  const status = useSlots((s) => s.status);
  let session = 0;
  const sessions = slots.filter((s) => s.kind === 'session').length;
  const plenaries = slots.filter((s) => s.kind === 'plenary').length;
  const counts = {
    sessions: t('slots.sessionCount', { count: sessions }),
    breaks: t('slots.breakCount', { count: slots.length - sessions - plenaries }),
    plenaries: t('slots.plenaryCount', { count: plenaries }),
  };
  return (
    <section className="panel" aria-labelledby="slot-list-heading">
      <div className="panel__header panel__header--split">
        <div>
          <h3 className="panel__title" id="slot-list-heading">
            {t('slots.listTitle')}
          </h3>
          <p className="panel__lead">
            {slots.length > 0
              ? t(plenaries > 0 ? 'slots.listSummaryPlenaries' : 'slots.listSummary', counts)
              : t('slots.listLead')}
          </p>
        </div>
      </div>
      {slots.length > 0 ? (
        <>
          <div className="panel__body panel__body--tight">
            <DayBar slots={slots} />
          </div>
          <div className="rows__head slots__row" aria-hidden="true">
            <span />
            <span className="rows__col-input">{t('slots.start')}</span>
            <span className="rows__col-input">{t('slots.end')}</span>
            <span>{t('slots.duration')}</span>
            <span className="rows__col-input">{t('slots.label')}</span>
            <span className="rows__col-input">{t('slots.kind')}</span>
            <span />
          </div>
          <ul className="rows" aria-label={t('slots.listTitle')}>
            {slots.map((slot, index) => {
              const defaultLabel =
                slot.kind === 'session'
                  ? t('slots.sessionN', { n: ++session })
                  : slot.kind === 'plenary'
                    ? t('slotKind.plenary')
                    : t('slots.break');
              return <SlotRow key={slot.id} slot={slot} index={index} defaultLabel={defaultLabel} />;
            })}
          </ul>
        </>
      ) : status === 'ready' ? (
        <EmptyState icon="clock" title={t('slots.emptyTitle')} level={3}>
          {t('slots.emptyText')}
        </EmptyState>
      ) : (
        <div className="panel--loading" aria-busy="true" />
      )}
      <div className="panel__footer panel__footer--form">
        <AddSlotForm workshopId={workshopId} after={slots.at(-1)?.end ?? null} />
      </div>
    </section>
  );
}
