/**
 * Import participants from a spreadsheet export, in three steps: pick a file, check the
 * column mapping against a preview, then read the report (imported count, rejected lines
 * with their reason, and what was changed on the way: an e-mail that is not an address is left
 * out and the person kept). Parsing and mapping run here (shared/domain/csv.ts); the core
 * validates every row and decides what is rejected.
 *
 * First and last name columns map to their own targets and become one name, "first last".
 * Without a type column, the type of organisation is guessed from the organisation's name
 * (shown in the preview), or set to one type for every row.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/contract/index.ts';
import {
  COLUMN_TARGETS,
  type ColumnTarget,
  guessMapping,
  type ImportWarning,
  type OrgTypeRule,
  PARTICIPANT_FIELDS,
  type ParsedCsv,
  parseCsv,
  prepareImport,
} from '../../../../shared/domain/csv.ts';
import { DomainError } from '../../../../shared/result.ts';
import { LIMITS, ORG_TYPES } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { importReason } from '../../lib/errors.ts';
import { importParticipants } from '../../store/participants.ts';

const PREVIEW_ROWS = 5;

/** A name can come from a name column, or from first and/or last name columns. */
const hasNameColumn = (mapping: readonly (ColumnTarget | null)[]) =>
  mapping.some((f) => f === 'name' || f === 'firstName' || f === 'lastName');

type Step =
  | { name: 'pick'; error: string | null }
  | {
      name: 'map';
      fileName: string;
      csv: ParsedCsv;
      mapping: (ColumnTarget | null)[];
      orgType: OrgTypeRule;
      error: string | null;
    }
  | { name: 'report'; fileName: string; report: ImportReport; warnings: ImportWarning[] };

type Prepared = ReturnType<typeof prepareImport>;

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
  prepared,
  onMapping,
  onOrgType,
}: {
  step: Extract<Step, { name: 'map' }>;
  prepared: Prepared;
  onMapping: (column: number, field: ColumnTarget | null) => void;
  onOrgType: (rule: OrgTypeRule) => void;
}) {
  const { t } = useTranslation();
  const ruleId = useId();
  const { csv, mapping } = step;
  const preview = csv.rows.slice(0, PREVIEW_ROWS);
  const hasName = hasNameColumn(mapping);
  const typeColumn = mapping.includes('orgType');
  const emailWarnings = prepared.warnings.filter((w) => w.kind === 'emailDropped').length;
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
                <th scope="col" className="csv-map__result-head">
                  <span className="csv-map__header">{t('csv.importedAs')}</span>
                </th>
                {csv.headers.map((header, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <th key={column} scope="col">
                    <span className="csv-map__header">
                      {header ? <bdi>{header}</bdi> : t('csv.untitledColumn', { n: column + 1 })}
                    </span>
                    <select
                      className={`input select input--sm ${mapping[column] ? 'is-mapped' : ''}`}
                      aria-label={t('csv.mapColumn', { column: header || column + 1 })}
                      value={mapping[column] ?? ''}
                      onChange={(e) => onMapping(column, (e.target.value || null) as ColumnTarget | null)}
                    >
                      <option value="">{t('csv.ignore')}</option>
                      {COLUMN_TARGETS.map((field) => (
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
              {preview.map((row, r) => {
                const values = prepared.rows[r]?.values ?? {};
                const line = csv.lines[r] ?? r + 2;
                const guessed = prepared.guessedTypes.has(line);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: preview rows never reorder
                  <tr key={r}>
                    <td className="table__line">{line}</td>
                    <td className="csv-map__result" data-testid="csv-imported-as">
                      <span className="csv-map__result-name">{values.name ? <bdi>{values.name}</bdi> : '—'}</span>
                      {values.orgType && (ORG_TYPES as readonly string[]).includes(values.orgType) ? (
                        <span className="csv-map__result-type">
                          {t(`orgType.${values.orgType}`)}
                          {guessed ? ` ${t('csv.guessedMark')}` : ''}
                        </span>
                      ) : null}
                    </td>
                    {row.map((cell, c) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                      <td key={c} className={mapping[c] ? '' : 'is-ignored'}>
                        <bdi>{cell}</bdi>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {csv.rows.length > PREVIEW_ROWS ? (
        <p className="muted csv-map__more">{t('csv.moreRows', { count: csv.rows.length - PREVIEW_ROWS })}</p>
      ) : null}
      {typeColumn ? null : (
        <div className="csv-map__rule">
          <label className="field__label" htmlFor={ruleId}>
            {t('csv.orgTypeRule')}
          </label>
          <select
            id={ruleId}
            className="input select input--sm"
            value={step.orgType}
            onChange={(e) => onOrgType(e.target.value as OrgTypeRule)}
            aria-describedby={`${ruleId}-hint`}
          >
            <option value="guess">{t('csv.orgTypeGuess')}</option>
            <option value="none">{t('csv.orgTypeNone')}</option>
            {ORG_TYPES.filter((type) => type !== 'other').map((type) => (
              <option key={type} value={type}>
                {t('csv.orgTypeAll', { type: t(`orgType.${type}`) })}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${ruleId}-hint`}>
            {step.orgType === 'guess'
              ? t('csv.orgTypeGuessed', { count: prepared.guessedTypes.size, rows: csv.rows.length })
              : t('csv.orgTypeRuleHint')}
          </p>
        </div>
      )}
      {emailWarnings > 0 ? (
        <p className="csv-map__warning" data-testid="csv-email-warning">
          <Icon name="info" size={16} />
          {t('csv.emailsDropped', { count: emailWarnings })}
        </p>
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
  // Changes to rows that were not imported anyway would only be noise.
  const rejectedLines = new Set(rejected.map((r) => r.line));
  const warnings = step.warnings.filter((w) => !rejectedLines.has(w.line));
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
          {warnings.length > 0 ? (
            <p className="report-banner__text">{t('csv.warningCount', { count: warnings.length })}</p>
          ) : null}
        </div>
      </div>
      {warnings.length > 0 ? (
        <>
          <h3 className="csv-report__heading">{t('csv.warningsTitle')}</h3>
          <div className="table-scroll csv-report__table">
            <table className="table table--compact" aria-label={t('csv.warningsTitle')}>
              <thead>
                <tr>
                  <th scope="col" className="table__line">
                    {t('csv.line')}
                  </th>
                  <th scope="col">{t('csv.field')}</th>
                  <th scope="col">{t('csv.inFile')}</th>
                  <th scope="col">{t('csv.whatHappened')}</th>
                </tr>
              </thead>
              <tbody>
                {warnings.map((w) => (
                  <tr key={`${w.line}-${w.field}`}>
                    <td className="table__line">{w.line}</td>
                    <td>{t(`participantField.${w.field}`)}</td>
                    <td className="csv-report__value">
                      <bdi>{w.value}</bdi>
                    </td>
                    <td>{t(`csv.warning.${w.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {rejected.length > 0 ? (
        <>
          <h3 className="csv-report__heading">{t('csv.rejectedTitle')}</h3>
          <div className="table-scroll csv-report__table">
            <table className="table table--compact" aria-label={t('csv.rejectedTitle')}>
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
      setStep({
        name: 'map',
        fileName: file.name,
        csv,
        mapping: guessMapping(csv.headers),
        orgType: 'guess',
        error: null,
      });
    } catch (error) {
      setStep({ name: 'pick', error: error instanceof DomainError ? error.message : t('csv.unreadable') });
    }
  };

  // Each step puts focus on its main control; the previous step's buttons are gone.
  useEffect(() => {
    document.querySelector<HTMLElement>(`[data-testid="csv-import-dialog"] [data-step-focus="${step.name}"]`)?.focus();
  }, [step.name]);

  const prepared = useMemo(
    (): Prepared =>
      step.name === 'map'
        ? prepareImport(step.csv.rows, step.mapping, { lines: step.csv.lines, orgType: step.orgType })
        : { rows: [], warnings: [], guessedTypes: new Map() },
    [step],
  );
  const rows = prepared.rows;

  const runImport = async () => {
    if (step.name !== 'map') return;
    setBusy(true);
    const result = await importParticipants(workshopId, rows);
    setBusy(false);
    if (!result.ok) {
      setStep({ ...step, error: result.error.message });
      return;
    }
    setStep({ name: 'report', fileName: step.fileName, report: result.value, warnings: prepared.warnings });
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
          disabled={!hasNameColumn(step.mapping)}
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
          prepared={prepared}
          onMapping={(column, field) =>
            setStep({ ...step, error: null, mapping: step.mapping.map((f, i) => (i === column ? field : f)) })
          }
          onOrgType={(orgType) => setStep({ ...step, orgType })}
        />
      ) : (
        <ReportStep step={step} />
      )}
    </Dialog>
  );
}
