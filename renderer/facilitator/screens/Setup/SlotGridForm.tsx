/**
 * "Generate a day's grid": day start/end, session length, gap, breaks. The same pure function
 * the core runs (shared/domain/slotGrid.ts) previews the result while the organiser types.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateSlotGrid } from '../../../../shared/domain/slotGrid.ts';
import { DomainError } from '../../../../shared/result.ts';
import type { SlotFields } from '../../../../shared/schemas.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { TimeField } from '../../components/TimeField.tsx';
import { errorField, inlineMessage } from '../../lib/errors.ts';
import { generateSlots, useSlots } from '../../store/slots.ts';
import { showToast } from '../../store/toasts.ts';
import { DayBar } from './DayBar.tsx';

interface BreakDraft {
  key: number;
  start: string;
  end: string;
  label: string;
}

let breakKey = 0;

type GridField = 'start' | 'end' | 'sessionMinutes' | 'gapMinutes' | 'breaks';

export function SlotGridForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const existing = useSlots((s) => s.items.length);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('17:30');
  const [sessionMinutes, setSessionMinutes] = useState('45');
  const [gapMinutes, setGapMinutes] = useState('15');
  const [breaks, setBreaks] = useState<BreakDraft[]>(() => [
    { key: ++breakKey, start: '12:30', end: '13:30', label: t('slots.lunch') },
  ]);
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
  const [busy, setBusy] = useState(false);

  const request = useMemo(
    () => ({
      start,
      end,
      sessionMinutes: Number(sessionMinutes),
      gapMinutes: Number(gapMinutes || '0'),
      breaks: breaks.map(({ start, end, label }) => ({ start, end, label })),
    }),
    [start, end, sessionMinutes, gapMinutes, breaks],
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

  const sessions = 'slots' in preview ? preview.slots.filter((s) => s.kind === 'session').length : 0;

  const generate = async () => {
    setConfirming(false);
    setBusy(true);
    const result = await generateSlots(workshopId, request);
    setBusy(false);
    if (!result.ok) {
      const field = (errorField(result.error)?.split('.')[0] ?? 'start') as GridField;
      setError({ field, message: inlineMessage(result.error) });
      return;
    }
    setError(null);
    showToast({ tone: 'success', message: t('slots.generated', { count: result.value.length }) });
  };

  const submit = () => {
    if ('problem' in preview) {
      setError({ field: 'start', message: preview.problem });
      return;
    }
    if (existing > 0) setConfirming(true);
    else void generate();
  };

  const setBreak = (key: number, patch: Partial<BreakDraft>) =>
    setBreaks((list) => list.map((b) => (b.key === key ? { ...b, ...patch } : b)));

  const errorFor = (field: GridField) => (error?.field === field ? error.message : null);

  return (
    <form
      className="panel"
      aria-labelledby="grid-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="panel__header">
        <h3 className="panel__title" id="grid-heading">
          {t('slots.generateTitle')}
        </h3>
        <p className="panel__lead">{t('slots.generateLead')}</p>
      </div>
      <div className="panel__body">
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
          {breaks.length === 0 ? <p className="muted breaks__none">{t('slots.noBreaks')}</p> : null}
          <ul className="breaks__list">
            {breaks.map((b, i) => (
              <li key={b.key} className="breaks__row">
                <TimeField
                  aria-label={t('slots.breakStart', { n: i + 1 })}
                  value={b.start}
                  onChange={(start) => setBreak(b.key, { start })}
                  onInvalidChange={trackTime(`break-${b.key}-start`)}
                />
                <span className="breaks__dash" aria-hidden="true">
                  –
                </span>
                <TimeField
                  aria-label={t('slots.breakEnd', { n: i + 1 })}
                  value={b.end}
                  onChange={(end) => setBreak(b.key, { end })}
                  onInvalidChange={trackTime(`break-${b.key}-end`)}
                />
                <input
                  className="input breaks__label"
                  aria-label={t('slots.breakLabel', { n: i + 1 })}
                  placeholder={t('slots.breakLabelPlaceholder')}
                  value={b.label}
                  maxLength={120}
                  onChange={(e) => setBreak(b.key, { label: e.target.value })}
                />
                <IconButton
                  icon="trash"
                  variant="danger-ghost"
                  label={t('slots.removeBreak', { n: i + 1 })}
                  onClick={() => setBreaks((list) => list.filter((x) => x.key !== b.key))}
                />
              </li>
            ))}
          </ul>
          {errorFor('breaks') ? <p className="field__error">{errorFor('breaks')}</p> : null}
          <Button
            size="sm"
            variant="ghost"
            icon="plus"
            disabled={breaks.length >= 10}
            onClick={() => setBreaks((list) => [...list, { key: ++breakKey, start: '10:30', end: '10:45', label: '' }])}
          >
            {t('slots.addBreak')}
          </Button>
        </fieldset>

        <div className="grid-preview">
          <p className="grid-preview__title">{t('slots.preview')}</p>
          {'slots' in preview ? (
            <>
              <DayBar slots={preview.slots} />
              <p className="grid-preview__summary" aria-live="polite">
                {t('slots.previewSummary', { count: sessions, minutes: request.sessionMinutes })}
              </p>
            </>
          ) : (
            <p className="grid-preview__problem" aria-live="polite">
              {preview.problem}
            </p>
          )}
        </div>
      </div>
      <div className="panel__footer">
        <span className="muted">{existing > 0 ? t('slots.replaceWarning', { count: existing }) : ''}</span>
        <Button type="submit" variant="primary" icon="clock" busy={busy}>
          {t('slots.generate')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('slots.replaceTitle')}
        message={t('slots.replaceMessage', { count: existing })}
        confirmLabel={t('slots.replaceConfirm')}
        onConfirm={generate}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}
