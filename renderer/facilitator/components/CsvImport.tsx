/**
 * The parts every CSV import dialog shares (participants on Setup, topics on Topics): reading the
 * file, the steps, the file picker, the column mapping over a preview, and the report's banner and
 * table of rejected rows. Each dialog brings its own fields, preview column and wording.
 */
import './csvImport.css';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/contract/index.ts';
import { type ParsedCsv, parseCsv } from '../../../shared/domain/csv.ts';
import { DomainError } from '../../../shared/result.ts';
import { LIMITS } from '../../../shared/schemas.ts';
import { Icon } from './Icon.tsx';

/** Rows shown in the mapping's preview. */
export const PREVIEW_ROWS = 5;

export type ImportStep = 'pick' | 'map' | 'report';

/**
 * Reads and parses a chosen file: the CSV, or the sentence to show under the picker (no rows,
 * too many rows, not text, or the parser's own message naming the line).
 */
export async function readCsvFile(
  file: File,
  t: (key: string, options?: Record<string, unknown>) => string,
  noRows: string,
): Promise<{ csv: ParsedCsv } | { error: string }> {
  try {
    // File.text() decodes as UTF-8, which is what spreadsheet "CSV UTF-8" exports write.
    const csv = parseCsv(await file.text());
    if (csv.rows.length === 0) return { error: noRows };
    if (csv.rows.length > LIMITS.csvRows) return { error: t('csv.tooManyRows', { max: LIMITS.csvRows }) };
    return { csv };
  } catch (error) {
    return { error: error instanceof DomainError ? error.message : t('csv.unreadable') };
  }
}

export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  return (
    <ol className="steps" aria-label={t('csv.progress')}>
      {(['pick', 'map', 'report'] as const).map((name, i) => (
        <li
          key={name}
          className={`steps__item ${current === name ? 'is-current' : ''}`}
          aria-current={current === name ? 'step' : undefined}
        >
          <span className="steps__n">{i + 1}</span>
          {t(`csv.step.${name}`)}
        </li>
      ))}
    </ol>
  );
}

/** The drop zone and file input, with the columns the dialog recognises under it. */
export function CsvFilePicker({
  error,
  onFile,
  expected,
}: {
  error: string | null;
  onFile: (file: File) => void;
  /** The recognised columns, as one line. */
  expected: string;
}) {
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
        <p className="muted">{expected}</p>
      </div>
    </div>
  );
}

/** "participants.csv · 12 rows · 5 columns". */
export function CsvFileLine({ fileName, csv }: { fileName: string; csv: ParsedCsv }) {
  const { t } = useTranslation();
  return (
    <p className="csv-map__file">
      <Icon name="file" size={18} />
      <span className="csv-map__file-name">{fileName}</span>
      <span className="muted">
        {t('csv.rowsFound', { count: csv.rows.length })} · {t('csv.columnsFound', { count: csv.headers.length })}
      </span>
    </p>
  );
}

/**
 * The first rows of the file under their headers, each header with its mapping (a select of the
 * dialog's `targets`, or Ignore), and a first column showing each row as it will be imported.
 */
export function CsvMappingTable<F extends string>({
  csv,
  mapping,
  targets,
  targetLabel,
  onMapping,
  resultHead,
  result,
}: {
  csv: ParsedCsv;
  mapping: readonly (F | null)[];
  targets: readonly F[];
  targetLabel: (target: F) => string;
  onMapping: (column: number, target: F | null) => void;
  resultHead: string;
  /** The preview row `r` as it will be imported (the cell's content). */
  result: (r: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const preview = csv.rows.slice(0, PREVIEW_ROWS);
  return (
    <>
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
                  <span className="csv-map__header">{resultHead}</span>
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
                      onChange={(e) => onMapping(column, (e.target.value || null) as F | null)}
                    >
                      <option value="">{t('csv.ignore')}</option>
                      {targets.map((target) => (
                        <option key={target} value={target}>
                          {targetLabel(target)}
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
                  <td className="table__line">{csv.lines[r] ?? r + 2}</td>
                  <td className="csv-map__result" data-testid="csv-imported-as">
                    {result(r)}
                  </td>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <td key={c} className={mapping[c] ? '' : 'is-ignored'}>
                      <bdi>{cell}</bdi>
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
    </>
  );
}

/** The report's first words: how many were imported, and whether any row was left out. */
export function ImportReportBanner({
  imported,
  title,
  rejectedRows,
  children,
}: {
  imported: number;
  title: string;
  rejectedRows: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`report-banner ${imported > 0 ? 'report-banner--ok' : 'report-banner--none'}`} role="status">
      <Icon name={imported > 0 ? 'check' : 'info'} size={22} />
      <div>
        <p className="report-banner__title">{title}</p>
        <p className="report-banner__text">
          {rejectedRows > 0 ? t('csv.rejectedCount', { count: rejectedRows }) : t('csv.noneRejected')}
        </p>
        {children}
      </div>
    </div>
  );
}

/** The rows left out: line, field, reason (a line can appear once per field at fault). */
export function RejectedRowsTable({
  rejected,
  fieldLabel,
  reason,
}: {
  rejected: ImportReport['rejected'];
  fieldLabel: (field: string | null) => string;
  reason: (field: string | null, reason: string) => string;
}) {
  const { t } = useTranslation();
  return (
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
                <td>{fieldLabel(r.field)}</td>
                <td>{reason(r.field, r.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
