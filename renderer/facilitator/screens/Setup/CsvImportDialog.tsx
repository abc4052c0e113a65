/**
 * Import participants from a spreadsheet export, in three steps: pick a file, check the
 * column mapping against a preview, then read the report (imported count, rejected lines
 * with their reason). Parsing and mapping run here (shared/domain/csv.ts); the core
 * validates every row and decides what is rejected.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/contract/index.ts';
import {
  applyMapping,
  guessMapping,
  PARTICIPANT_FIELDS,
  type ParsedCsv,
  type ParticipantField,
  parseCsv,
} from '../../../../shared/domain/csv.ts';
import { DomainError } from '../../../../shared/result.ts';
import { LIMITS } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { importReason } from '../../lib/errors.ts';
import { importParticipants } from '../../store/participants.ts';

const PREVIEW_ROWS = 5;

type Step =
  | { name: 'pick'; error: string | null }
  | { name: 'map'; fileName: string; csv: ParsedCsv; mapping: (ParticipantField | null)[]; error: string | null }
  | { name: 'report'; fileName: string; report: ImportReport };

function PickStep({ error, onFile }: { error: string | null; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div className="csv-pick">
      <input
        id={inputId}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        className="dropzone__input"
        aria-label={t('csv.fileLabel')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        data-testid="csv-file-input"
        data-autofocus
        data-step-focus="pick"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = ''; // choosing the same file again still fires change
        }}
      />
      {/* The label is the visible drop zone; the input before it stays focusable for keyboards. */}
      <label
        className={`dropzone ${dragging ? 'dropzone--over' : ''} ${error ? 'dropzone--invalid' : ''}`}
        htmlFor={inputId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) onFile(file);
        }}
      >
        <Icon name="upload" size={28} />
        <span className="dropzone__title">{t('csv.chooseFile')}</span>
        <span className="dropzone__hint">{t('csv.fileHint')}</span>
      </label>
      {error ? (
        <p className="field__error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="csv-pick__help">
        <p className="csv-pick__help-title">{t('csv.expectedColumns')}</p>
        <p className="muted">{PARTICIPANT_FIELDS.map((f) => t(`participantField.${f}`)).join(' · ')}</p>
      </div>
    </div>
  );
}

function MapStep({
  step,
  onMapping,
}: {
  step: Extract<Step, { name: 'map' }>;
  onMapping: (column: number, field: ParticipantField | null) => void;
}) {
  const { t } = useTranslation();
  const { csv, mapping } = step;
  const preview = csv.rows.slice(0, PREVIEW_ROWS);
  const hasName = mapping.includes('name');
  return (
    <div className="csv-map">
      <p className="csv-map__file">
        <Icon name="file" size={18} />
        <span className="csv-map__file-name">{step.fileName}</span>
        <span className="muted">
          {t('csv.rowsFound', { count: csv.rows.length })} · {t('csv.columnsFound', { count: csv.headers.length })}
        </span>
      </p>
      <p className="muted">{t('csv.mappingIntro')}</p>
      {/* The frame draws a fade on a side while more columns lie beyond it (see .scroll-edges). */}
      <div className="scroll-edges">
        <div className="table-scroll csv-map__table">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('csv.previewCaption', { count: preview.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="table__line">
                  {t('csv.line')}
                </th>
                {csv.headers.map((header, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <th key={column} scope="col">
                    <span className="csv-map__header">{header || t('csv.untitledColumn', { n: column + 1 })}</span>
                    <select
                      className={`input select input--sm ${mapping[column] ? 'is-mapped' : ''}`}
                      aria-label={t('csv.mapColumn', { column: header || column + 1 })}
                      value={mapping[column] ?? ''}
                      onChange={(e) => onMapping(column, (e.target.value || null) as ParticipantField | null)}
                    >
                      <option value="">{t('csv.ignore')}</option>
                      {PARTICIPANT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`participantField.${field}`)}
                        </option>
                      ))}
                    </select>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows never reorder
                <tr key={r}>
                  <td className="table__line">{csv.lines[r]}</td>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <td key={c} className={mapping[c] ? '' : 'is-ignored'}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {csv.rows.length > PREVIEW_ROWS ? (
        <p className="muted csv-map__more">{t('csv.moreRows', { count: csv.rows.length - PREVIEW_ROWS })}</p>
      ) : null}
      {!hasName ? (
        <p className="form-error" role="alert">
          <Icon name="alert" />
          {t('csv.needName')}
        </p>
      ) : null}
      {step.error ? (
        <p className="form-error" role="alert">
          <Icon name="alert" />
          {step.error}
        </p>
      ) : null}
    </div>
  );
}

function ReportStep({ step }: { step: Extract<Step, { name: 'report' }> }) {
  const { t } = useTranslation();
  const { imported, rejected } = step.report;
  return (
    <div className="csv-report" data-testid="csv-import-report">
      <div
        className={`report-banner ${imported.length > 0 ? 'report-banner--ok' : 'report-banner--none'}`}
        role="status"
      >
        <Icon name={imported.length > 0 ? 'check' : 'info'} size={22} />
        <div>
          <p className="report-banner__title">{t('csv.imported', { count: imported.length })}</p>
          <p className="report-banner__text">
            {rejected.length > 0 ? t('csv.rejectedCount', { count: rejected.length }) : t('csv.noneRejected')}
          </p>
        </div>
      </div>
      {rejected.length > 0 ? (
        <>
          <h3 className="csv-report__heading">{t('csv.rejectedTitle')}</h3>
          <div className="table-scroll csv-report__table">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col" className="table__line">
                    {t('csv.line')}
                  </th>
                  <th scope="col">{t('csv.field')}</th>
                  <th scope="col">{t('csv.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a line can be rejected for several fields
                  <tr key={`${r.line}-${i}`}>
                    <td className="table__line">{r.line}</td>
                    <td>
                      {r.field && (PARTICIPANT_FIELDS as readonly string[]).includes(r.field)
                        ? t(`participantField.${r.field}`)
                        : (r.field ?? '—')}
                    </td>
                    <td>{importReason(r.field, r.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

export function CsvImportDialog({
  workshopId,
  open,
  onClose,
}: {
  workshopId: string;
  open: boolean;
  onClose: () => void;
}) {
  return open ? <CsvImportFlow workshopId={workshopId} onClose={onClose} /> : null;
}

function CsvImportFlow({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'pick', error: null });
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File) => {
    try {
      // File.text() decodes as UTF-8, which is what spreadsheet "CSV UTF-8" exports write.
      const text = await file.text();
      const csv = parseCsv(text);
      if (csv.rows.length === 0) {
        setStep({ name: 'pick', error: t('csv.noRows') });
        return;
      }
      if (csv.rows.length > LIMITS.csvRows) {
        setStep({ name: 'pick', error: t('csv.tooManyRows', { max: LIMITS.csvRows }) });
        return;
      }
      setStep({ name: 'map', fileName: file.name, csv, mapping: guessMapping(csv.headers), error: null });
    } catch (error) {
      setStep({ name: 'pick', error: error instanceof DomainError ? error.message : t('csv.unreadable') });
    }
  };

  // Each step puts focus on its main control; the previous step's buttons are gone.
  useEffect(() => {
    document.querySelector<HTMLElement>(`[data-testid="csv-import-dialog"] [data-step-focus="${step.name}"]`)?.focus();
  }, [step.name]);

  const rows = useMemo(
    () => (step.name === 'map' ? applyMapping(step.csv.rows, step.mapping, step.csv.lines) : []),
    [step],
  );

  const runImport = async () => {
    if (step.name !== 'map') return;
    setBusy(true);
    const result = await importParticipants(workshopId, rows);
    setBusy(false);
    if (!result.ok) {
      setStep({ ...step, error: result.error.message });
      return;
    }
    setStep({ name: 'report', fileName: step.fileName, report: result.value });
  };

  const footer =
    step.name === 'pick' ? (
      <Button onClick={onClose}>{t('common.cancel')}</Button>
    ) : step.name === 'map' ? (
      <>
        <Button onClick={() => setStep({ name: 'pick', error: null })}>{t('csv.otherFile')}</Button>
        <Button
          variant="primary"
          icon="upload"
          busy={busy}
          disabled={!step.mapping.includes('name')}
          onClick={() => void runImport()}
          data-testid="csv-import-submit"
          data-step-focus="map"
        >
          {t('csv.importRows', { count: rows.length })}
        </Button>
      </>
    ) : (
      <>
        <Button onClick={() => setStep({ name: 'pick', error: null })}>{t('csv.importAnother')}</Button>
        <Button variant="primary" onClick={onClose} data-step-focus="report">
          {t('common.done')}
        </Button>
      </>
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('csv.title')}
      description={step.name === 'pick' ? t('csv.intro') : step.name === 'map' ? t('csv.mapStep') : t('csv.reportStep')}
      size="xl"
      footer={footer}
      testId="csv-import-dialog"
    >
      <ol className="steps" aria-label={t('csv.progress')}>
        {(['pick', 'map', 'report'] as const).map((name, i) => (
          <li
            key={name}
            className={`steps__item ${step.name === name ? 'is-current' : ''}`}
            aria-current={step.name === name ? 'step' : undefined}
          >
            <span className="steps__n">{i + 1}</span>
            {t(`csv.step.${name}`)}
          </li>
        ))}
      </ol>
      {step.name === 'pick' ? (
        <PickStep error={step.error} onFile={(file) => void readFile(file)} />
      ) : step.name === 'map' ? (
        <MapStep
          step={step}
          onMapping={(column, field) =>
            setStep({ ...step, error: null, mapping: step.mapping.map((f, i) => (i === column ? field : f)) })
          }
        />
      ) : (
        <ReportStep step={step} />
      )}
    </Dialog>
  );
}
