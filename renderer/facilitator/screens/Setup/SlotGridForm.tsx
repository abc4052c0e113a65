/**
 * "Generate a day's grid": day start/end, session length, gap, breaks and plenaries. The same
 * pure function the core runs (shared/domain/slotGrid.ts) previews the result while the
 * organiser types.
 *
 * - The form starts from the day as it is (its first start, last end, session length, gap,
 *   breaks and plenaries, read back by `readBackGrid`), or from a typical day when there is none.
 * - With slots already there, the grid can replace the day (after a confirmation) or be added
 *   to it. Adding never makes two slots at the same time: the preview shows the day and the new
 *   slots together, marks any clash, and "Add to the day" is refused with the reason.
 * - A plenary (opening, topic market, closing: the whole room together) is a fixed slot like a
 *   break; "Add a plenary" puts an opening at the start of the day, or else a closing at its end.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FixedSlotKind,
  findOverlaps,
  generateSlotGrid,
  MAX_FIXED_SLOTS,
  minutesToTime,
  type ReadBack,
  readBackGrid,
  timeToMinutes,
} from '../../../../shared/domain/slotGrid.ts';
import { DomainError } from '../../../../shared/result.ts';
import { LIMITS, type Slot, type SlotFields } from '../../../../shared/schemas.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { TextField, useTooLong } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { TimeField } from '../../components/TimeField.tsx';
import { errorField, inlineMessage } from '../../lib/errors.ts';
import { generateSlots, useSlots } from '../../store/slots.ts';
import { showToast } from '../../store/toasts.ts';
import { DayBar } from './DayBar.tsx';

interface FixedDraft {
  key: number;
  start: string;
  end: string;
  label: string;
  kind: FixedSlotKind;
}

let fixedKey = 0;

/** A typical day, for a workshop without slots yet. */
const TYPICAL = { start: '09:00', end: '17:30', sessionMinutes: 45, gapMinutes: 15 };

type GridField = 'start' | 'end' | 'sessionMinutes' | 'gapMinutes' | 'breaks' | 'add';

/** Waits for the day to load, then starts the form from it; "Start from the current day" starts again. */
export function SlotGridForm({ workshopId }: { workshopId: string }) {
  const status = useSlots((s) => s.status);
  const day = useSlots((s) => s.items);
  const [round, setRound] = useState(0);
  if (status === 'idle' || status === 'loading') return <div className="panel panel--loading" aria-busy="true" />;
  return <GridForm key={round} workshopId={workshopId} day={day} onReread={() => setRound((n) => n + 1)} />;
}

/** "09:00–09:45 Session 2": how a slot of the day is named in messages. */
function useSlotName(day: readonly Slot[]) {
  const { t } = useTranslation();
  return (slot: Pick<Slot, 'start' | 'end' | 'kind' | 'label'> & { id?: string }) => {
    let name = slot.label;
    if (!name && slot.kind === 'session') {
      const sessions = day.filter((s) => s.kind === 'session');
      const n = sessions.findIndex((s) => s.id === slot.id) + 1;
      name = n > 0 ? t('slots.sessionN', { n }) : t('slotKind.session');
    }
    if (!name) name = t(`slotKind.${slot.kind}`);
    return `${slot.start}–${slot.end} ${name}`;
  };
}

function GridForm({ workshopId, day, onReread }: { workshopId: string; day: readonly Slot[]; onReread: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const tooLong = useTooLong();
  const existing = useSlots((s) => s.items);
  // Read once, when the form starts: later edits of the day do not move what is being typed.
  const [read] = useState<ReadBack | null>(() => readBackGrid(day, TYPICAL));
  const [start, setStart] = useState(read?.grid.start ?? TYPICAL.start);
  const [end, setEnd] = useState(read?.grid.end ?? TYPICAL.end);
  const [sessionMinutes, setSessionMinutes] = useState(String(read?.grid.sessionMinutes ?? TYPICAL.sessionMinutes));
  const [gapMinutes, setGapMinutes] = useState(String(read?.grid.gapMinutes ?? TYPICAL.gapMinutes));
  const [fixed, setFixed] = useState<FixedDraft[]>(() =>
    read
      ? read.grid.breaks.map((b) => ({ key: ++fixedKey, ...b }))
      : [{ key: ++fixedKey, start: '12:30', end: '13:30', label: t('slots.lunch'), kind: 'break' }],
  );
  const [error, setError] = useState<{ field: GridField; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Time fields whose text is not a time yet: their last valid value must not be generated.
  const [invalidTimes, setInvalidTimes] = useState<ReadonlySet<string>>(() => new Set());
  const trackTime = (name: string) => (invalid: boolean) =>
    setInvalidTimes((set) => {
      if (set.has(name) === invalid) return set;
      const next = new Set(set);
      if (invalid) next.add(name);
      else next.delete(name);
      return next;
    });
  const [busy, setBusy] = useState<'replace' | 'add' | null>(null);
  const slotName = useSlotName(existing);

  const request = useMemo(
    () => ({
      start,
      end,
      sessionMinutes: Number(sessionMinutes),
      gapMinutes: Number(gapMinutes || '0'),
      breaks: fixed.map(({ start, end, label, kind }) => ({ start, end, label, kind })),
    }),
    [start, end, sessionMinutes, gapMinutes, fixed],
  );

  // Live preview; a DomainError is shown as the reason there is no preview.
  const preview = useMemo((): { slots: SlotFields[] } | { problem: string } => {
    try {
      if (invalidTimes.size > 0) return { problem: t('slots.errors.time') };
      if (!Number.isInteger(request.sessionMinutes) || request.sessionMinutes < 5) {
        return { problem: t('slots.errors.sessionLength') };
      }
      return { slots: generateSlotGrid(request) };
    } catch (e) {
      if (!(e instanceof DomainError)) return { problem: String(e) };
      // The domain's messages are English; say the same in the UI's language.
      if (e.field === 'end') return { problem: t('slots.errors.dayEnd') };
      if (e.field === 'breaks') return { problem: t('slots.errors.breaks') };
      return { problem: t('slots.errors.time') };
    }
  }, [request, invalidTimes, t]);

  const newSlots = 'slots' in preview ? preview.slots : [];
  const sessions = newSlots.filter((s) => s.kind === 'session').length;
  const overlaps = useMemo(() => findOverlaps(existing, newSlots), [existing, newSlots]);
  // The form as read back, untouched: the grid is the day itself, nothing to mark as a clash.
  const sameAsDay =
    newSlots.length === existing.length &&
    newSlots.every(
      (s, i) => s.start === existing[i]?.start && s.end === existing[i]?.end && s.kind === existing[i]?.kind,
    );
  const clashing = useMemo(
    () => new Set(sameAsDay && error?.field !== 'add' ? [] : overlaps.map((o) => o.added)),
    [overlaps, sameAsDay, error],
  );

  const overlapMessage = () => {
    const first = overlaps[0];
    if (!first) return '';
    return t('slots.addRefused', {
      count: overlaps.length,
      added: `${first.added.start}–${first.added.end}`,
      existing: slotName(first.existing),
      dayStart: existing[0]?.start ?? '',
      dayEnd:
        existing
          .map((s) => s.end)
          .sort()
          .at(-1) ?? '',
    });
  };

  const generate = async (replace: boolean) => {
    setConfirming(false);
    setBusy(replace ? 'replace' : 'add');
    const result = await generateSlots(workshopId, request, replace);
    setBusy(null);
    if (!result.ok) {
      const field = (errorField(result.error)?.split('.').at(-1) ?? 'start') as GridField;
      setError({ field, message: inlineMessage(result.error) });
      return;
    }
    setError(null);
    showToast({
      tone: 'success',
      message: replace
        ? t('slots.generated', { count: result.value.length })
        : t('slots.addedToDay', { count: newSlots.length }),
    });
    // The form starts again from the day as it now is (after an add, the whole longer day).
    onReread();
  };

  // A break's or plenary's label over LIMITS.name: its row says so, and nothing is generated (or cut).
  const labelsTooLong = fixed.map((b) => tooLong(b.label, LIMITS.name));

  const check = (): boolean => {
    const over = labelsTooLong.findIndex(Boolean);
    if (over >= 0) {
      document.getElementById(`${ids}-fixed-${fixed[over]?.key}-label`)?.focus();
      return false;
    }
    if ('problem' in preview) {
      setError({ field: 'start', message: preview.problem });
      return false;
    }
    return true;
  };

  const replaceDay = () => {
    if (!check()) return;
    if (existing.length > 0) setConfirming(true);
    else void generate(true);
  };

  const addToDay = () => {
    if (!check()) return;
    if (overlaps.length > 0) {
      // Refused, and said why: two slots at the same time would double-book every room.
      setError({ field: 'add', message: '' });
      return;
    }
    void generate(false);
  };

  const setRow = (key: number, patch: Partial<FixedDraft>) =>
    setFixed((list) => list.map((b) => (b.key === key ? { ...b, ...patch } : b)));

  const addPlenary = () => {
    const from = timeToMinutes(start);
    const to = timeToMinutes(end);
    const startsDay = fixed.some((b) => b.start === start);
    const endsDay = fixed.some((b) => b.end === end);
    const row: Omit<FixedDraft, 'key'> =
      !startsDay && to - from >= 30
        ? { start, end: minutesToTime(from + 30), label: t('slots.opening'), kind: 'plenary' }
        : !endsDay && to - from >= 30
          ? { start: minutesToTime(to - 30), end, label: t('slots.closing'), kind: 'plenary' }
          : { start: '10:30', end: '11:00', label: '', kind: 'plenary' };
    setFixed((list) => [...list, { key: ++fixedKey, ...row }]);
  };

  // Rows are named per kind: "Break 1", "Plenary 1", "Break 2".
  const rowNames = (() => {
    const counts: Record<FixedSlotKind, number> = { break: 0, plenary: 0 };
    return fixed.map((b) => {
      counts[b.kind] += 1;
      return t(b.kind === 'plenary' ? 'slots.plenaryN' : 'slots.breakN', { n: counts[b.kind] });
    });
  })();

  const errorFor = (field: GridField) => (error?.field === field ? error.message : null);
  const hasDay = existing.length > 0;

  return (
    <form
      className="panel"
      aria-labelledby="grid-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        replaceDay();
      }}
    >
      <div className="panel__header panel__header--split">
        <div>
          <h3 className="panel__title" id="grid-heading">
            {t('slots.generateTitle')}
          </h3>
          <p className="panel__lead">{t('slots.generateLead')}</p>
        </div>
        {hasDay ? (
          <Button size="sm" variant="ghost" icon="refresh" onClick={onReread}>
            {t('slots.reread')}
          </Button>
        ) : null}
      </div>
      <div className="panel__body">
        {read ? (
          <p className={`grid-readback ${read.exact ? '' : 'grid-readback--inexact'}`} data-testid="grid-readback">
            <Icon name={read.exact ? 'info' : 'alert'} size={16} className="grid-readback__icon" />
            <span>
              {t('slots.readBack', { start: read.grid.start, end: read.grid.end })}
              {read.exact ? '' : ` ${t('slots.readBackInexact')}`}
            </span>
          </p>
        ) : null}
        <div className="form-grid form-grid--4">
          <TimeField
            label={t('slots.dayStart')}
            value={start}
            onChange={setStart}
            onInvalidChange={trackTime('start')}
            error={errorFor('start')}
            required
          />
          <TimeField
            label={t('slots.dayEnd')}
            value={end}
            onChange={setEnd}
            onInvalidChange={trackTime('end')}
            error={errorFor('end')}
            required
          />
          <TextField
            type="number"
            label={t('slots.sessionMinutes')}
            value={sessionMinutes}
            min={5}
            max={480}
            step={5}
            onChange={(e) => setSessionMinutes(e.target.value)}
            error={errorFor('sessionMinutes')}
            required
          />
          <TextField
            type="number"
            label={t('slots.gapMinutes')}
            value={gapMinutes}
            min={0}
            max={120}
            step={5}
            onChange={(e) => setGapMinutes(e.target.value)}
            error={errorFor('gapMinutes')}
          />
        </div>

        <fieldset className="breaks">
          <legend className="field__label">{t('slots.breaks')}</legend>
          {fixed.length === 0 ? <p className="muted breaks__none">{t('slots.noBreaks')}</p> : null}
          <ul className="breaks__list">
            {fixed.map((b, i) => {
              const name = rowNames[i] ?? '';
              const labelTooLong = labelsTooLong[i];
              const labelId = `${ids}-fixed-${b.key}-label`;
              return (
                <li key={b.key} className={`breaks__row breaks__row--${b.kind}`}>
                  <span className={`slots__kind-mark slots__kind-mark--${b.kind}`} aria-hidden="true" />
                  <TimeField
                    aria-label={t('slots.fixedStart', { name })}
                    value={b.start}
                    onChange={(start) => setRow(b.key, { start })}
                    onInvalidChange={trackTime(`fixed-${b.key}-start`)}
                  />
                  <span className="breaks__dash" aria-hidden="true">
                    –
                  </span>
                  <TimeField
                    aria-label={t('slots.fixedEnd', { name })}
                    value={b.end}
                    onChange={(end) => setRow(b.key, { end })}
                    onInvalidChange={trackTime(`fixed-${b.key}-end`)}
                  />
                  <input
                    id={labelId}
                    className="input breaks__label"
                    aria-label={t('slots.fixedLabel', { name })}
                    placeholder={
                      b.kind === 'plenary' ? t('slots.plenaryLabelPlaceholder') : t('slots.breakLabelPlaceholder')
                    }
                    value={b.label}
                    onChange={(e) => setRow(b.key, { label: e.target.value })}
                    aria-invalid={labelTooLong ? true : undefined}
                    aria-describedby={labelTooLong ? `${labelId}-error` : undefined}
                  />
                  <select
                    className="input select breaks__kind"
                    aria-label={t('slots.fixedKind', { name })}
                    value={b.kind}
                    onChange={(e) => setRow(b.key, { kind: e.target.value as FixedSlotKind })}
                  >
                    <option value="break">{t('slotKind.break')}</option>
                    <option value="plenary">{t('slotKind.plenary')}</option>
                  </select>
                  <IconButton
                    icon="trash"
                    variant="danger-ghost"
                    label={t('slots.removeFixed', { name })}
                    onClick={() => setFixed((list) => list.filter((x) => x.key !== b.key))}
                  />
                  {labelTooLong ? (
                    <p className="breaks__error field__error" id={`${labelId}-error`}>
                      {labelTooLong}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {errorFor('breaks') ? <p className="field__error">{errorFor('breaks')}</p> : null}
          <div className="breaks__add">
            <Button
              size="sm"
              variant="ghost"
              icon="plus"
              disabled={fixed.length >= MAX_FIXED_SLOTS}
              onClick={() =>
                setFixed((list) => [
                  ...list,
                  { key: ++fixedKey, start: '10:30', end: '10:45', label: '', kind: 'break' },
                ])
              }
            >
              {t('slots.addBreak')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon="users"
              disabled={fixed.length >= MAX_FIXED_SLOTS}
              onClick={addPlenary}
            >
              {t('slots.addPlenary')}
            </Button>
          </div>
        </fieldset>

        <div className="grid-preview">
          <p className="grid-preview__title">{t('slots.preview')}</p>
          {'slots' in preview ? (
            <>
              <DayBar slots={preview.slots} {...(hasDay ? { day: existing, clashing } : {})} />
              <p className="grid-preview__summary" aria-live="polite">
                {t('slots.previewSummary', { count: sessions, minutes: request.sessionMinutes })}
                {hasDay && !sameAsDay ? ` ${t('slots.previewDayNote')}` : ''}
              </p>
            </>
          ) : (
            <p className="grid-preview__problem" aria-live="polite">
              {preview.problem}
            </p>
          )}
        </div>
      </div>
      <div className="panel__footer panel__footer--grid">
        {hasDay && 'slots' in preview ? (
          <p
            className={`grid-add-check grid-add-check--${sameAsDay ? 'same' : overlaps.length > 0 ? 'clash' : 'fits'}`}
            id={`${ids}-add-check`}
            data-testid="grid-add-check"
          >
            <Icon name={sameAsDay ? 'info' : overlaps.length > 0 ? 'alert' : 'check'} size={16} />
            <span>
              {sameAsDay
                ? t('slots.sameAsDay')
                : overlaps.length > 0
                  ? t('slots.addClash', { count: overlaps.length })
                  : t('slots.addFits', { count: newSlots.length })}
            </span>
          </p>
        ) : (
          <span />
        )}
        <div className="panel__footer-actions">
          {hasDay ? (
            <>
              <Button
                icon="plus"
                busy={busy === 'add'}
                onClick={addToDay}
                aria-describedby={`${ids}-add-check`}
                data-testid="grid-add"
              >
                {t('slots.addToDay')}
              </Button>
              <Button type="submit" variant="primary" icon="clock" busy={busy === 'replace'}>
                {t('slots.replaceDay')}
              </Button>
            </>
          ) : (
            <Button type="submit" variant="primary" icon="clock" busy={busy === 'replace'}>
              {t('slots.generate')}
            </Button>
          )}
        </div>
        {error?.field === 'add' && overlaps.length > 0 ? (
          <p className="form-error grid-add-refused" role="alert" data-testid="grid-add-refused">
            <Icon name="alert" />
            {overlapMessage()}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('slots.replaceTitle')}
        message={t('slots.replaceMessage', { count: existing.length })}
        confirmLabel={t('slots.replaceConfirm')}
        onConfirm={() => generate(true)}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}
