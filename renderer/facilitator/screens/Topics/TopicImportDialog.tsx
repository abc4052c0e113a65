/**
 * Import topics from a spreadsheet, in three steps like the participants' import: pick a file,
 * check the column mapping against a preview (each row as it will be imported, or why it will
 * not), then read the report. The preview runs the same check as the core
 * (shared/domain/topicCsv.ts) against the wall on screen; the core checks again and decides.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../../shared/contract/setup.ts';
import type { TopicImportReport } from '../../../../shared/contract/topics.ts';
import type { ParsedCsv } from '../../../../shared/domain/csv.ts';
import {
  checkTopicRows,
  guessTopicMapping,
  prepareTopicRows,
  splitTransportable,
  TOPIC_IMPORT_FIELDS,
  type TopicImportField,
} from '../../../../shared/domain/topicCsv.ts';
import type { Result } from '../../../../shared/result.ts';
import { Button } from '../../components/Button.tsx';
import {
  CsvFileLine,
  CsvFilePicker,
  CsvMappingTable,
  ImportReportBanner,
  ImportSteps,
  RejectedRowsTable,
  readCsvFile,
} from '../../components/CsvImport.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/api.ts';
import { importReason } from '../../lib/errors.ts';
import { upsertTopic, useTopics } from '../../store/topics.ts';
import { topicImportReason } from './importReason.ts';

type Step =
  | { name: 'pick'; error: string | null }
  | { name: 'map'; fileName: string; csv: ParsedCsv; mapping: (TopicImportField | null)[]; error: string | null }
  | { name: 'report'; fileName: string; report: TopicImportReport };

/**
 * Sends the rows and puts the new topics on the wall at once (this window skips its own change
 * event). Rows with a cell longer than any field cannot travel: reported here, as the core would.
 */
async function importTopics(workshopId: string, rows: ImportRow[]): Promise<Result<TopicImportReport>> {
  const { send, rejected } = splitTransportable(rows);
  if (send.length === 0) return { ok: true, value: { imported: [], rejected } };
  const result = await api()['topics:import']({ workshopId, rows: send });
  if (!result.ok) return result;
  for (const topic of result.value.imported) upsertTopic(topic);
  const all = [...result.value.rejected, ...rejected].sort((a, b) => a.line - b.line);
  return { ok: true, value: { imported: result.value.imported, rejected: all } };
}

const linesOf = (rejected: TopicImportReport['rejected']) => new Set(rejected.map((r) => r.line)).size;

function MapStep({
  step,
  rows,
  onMapping,
}: {
  step: Extract<Step, { name: 'map' }>;
  rows: ImportRow[];
  onMapping: (column: number, field: TopicImportField | null) => void;
}) {
  const { t } = useTranslation();
  const wall = useTopics((s) => s.items);
  const { csv, mapping } = step;
  // The same check as the core's, on the wall as this window shows it.
  const checked = useMemo(() => checkTopicRows(rows, wall), [rows, wall]);
  const problems = useMemo(() => {
    const byLine = new Map<number, string[]>();
    for (const r of checked.rejected) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r.reason]);
    return byLine;
  }, [checked]);
  const say = (reason: string) => topicImportReason(reason, t, (r) => importReason(null, r));
  const hasTitle = mapping.includes('title');
  return (
    <div className="csv-map">
      <CsvFileLine fileName={step.fileName} csv={csv} />
      <p className="muted">{t('topics.import.mappingIntro')}</p>
      <CsvMappingTable
        csv={csv}
        mapping={mapping}
        targets={TOPIC_IMPORT_FIELDS}
        targetLabel={(field) => t(`topics.import.field.${field}`)}
        onMapping={onMapping}
        resultHead={t('csv.importedAs')}
        result={(r) => {
          const line = csv.lines[r] ?? r + 2;
          const fields = checked.accepted.find((row) => row.line === line)?.fields;
          const reasons = problems.get(line);
          const title = rows[r]?.values.title;
          return (
            <>
              <span className="csv-map__result-name">{title ? <bdi>{title}</bdi> : '—'}</span>
              {fields?.theme ? <span className="csv-map__result-type">{t(`theme.${fields.theme}`)}</span> : null}
              {reasons ? (
                <span className="csv-map__result-problem">
                  <Icon name="alert" size={14} className="csv-map__result-problem-icon" />
                  {reasons.map(say).join(' · ')}
                </span>
              ) : null}
            </>
          );
        }}
      />
      {hasTitle ? (
        <p className="csv-map__summary" data-testid="topic-import-summary">
          {t('topics.import.willAdd', { count: checked.accepted.length })}
          {checked.rejected.length > 0 ? ` ${t('topics.import.willSkip', { count: linesOf(checked.rejected) })}` : ''}
        </p>
      ) : (
        <p className="form-error" role="alert">
          <Icon name="alert" />
          {t('topics.import.needTitle')}
        </p>
      )}
      {step.error ? (
        <p className="form-error" role="alert">
          <Icon name="alert" />
          {step.error}
        </p>
      ) : null}
    </div>
  );
}

function ReportStep({ report }: { report: TopicImportReport }) {
  const { t } = useTranslation();
  const { imported, rejected } = report;
  return (
    <div className="csv-report" data-testid="csv-import-report">
      <ImportReportBanner
        imported={imported.length}
        title={t('topics.import.imported', { count: imported.length })}
        rejectedRows={linesOf(rejected)}
      />
      {rejected.length > 0 ? (
        <RejectedRowsTable
          rejected={rejected}
          fieldLabel={(field) =>
            field && (TOPIC_IMPORT_FIELDS as readonly string[]).includes(field)
              ? t(`topics.import.field.${field}`)
              : (field ?? '—')
          }
          reason={(field, reason) => topicImportReason(reason, t, (r) => importReason(field, r))}
        />
      ) : null}
    </div>
  );
}

function TopicImportFlow({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'pick', error: null });
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File) => {
    const read = await readCsvFile(file, t, t('topics.import.noRows'));
    if ('error' in read) setStep({ name: 'pick', error: read.error });
    else
      setStep({
        name: 'map',
        fileName: file.name,
        csv: read.csv,
        mapping: guessTopicMapping(read.csv.headers),
        error: null,
      });
  };

  // Each step puts focus on its main control; the previous step's buttons are gone.
  useEffect(() => {
    document
      .querySelector<HTMLElement>(`[data-testid="topic-import-dialog"] [data-step-focus="${step.name}"]`)
      ?.focus();
  }, [step.name]);

  const rows = useMemo(
    () => (step.name === 'map' ? prepareTopicRows(step.csv.rows, step.mapping, step.csv.lines) : []),
    [step],
  );

  const runImport = async () => {
    if (step.name !== 'map') return;
    setBusy(true);
    const result = await importTopics(workshopId, rows);
    setBusy(false);
    if (!result.ok) setStep({ ...step, error: result.error.message });
    else setStep({ name: 'report', fileName: step.fileName, report: result.value });
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
          disabled={!step.mapping.includes('title')}
          onClick={() => void runImport()}
          data-testid="csv-import-submit"
          data-step-focus="map"
        >
          {t('topics.import.importRows', { count: rows.length })}
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
      title={t('topics.import.title')}
      description={
        step.name === 'pick'
          ? t('topics.import.intro')
          : step.name === 'map'
            ? t('topics.import.mapStep')
            : t('csv.reportStep')
      }
      size="xl"
      footer={footer}
      testId="topic-import-dialog"
    >
      <ImportSteps current={step.name} />
      {step.name === 'pick' ? (
        <CsvFilePicker
          error={step.error}
          onFile={(file) => void readFile(file)}
          expected={TOPIC_IMPORT_FIELDS.map((f) => t(`topics.import.field.${f}`)).join(' · ')}
        />
      ) : step.name === 'map' ? (
        <MapStep
          step={step}
          rows={rows}
          onMapping={(column, field) =>
            setStep({ ...step, error: null, mapping: step.mapping.map((f, i) => (i === column ? field : f)) })
          }
        />
      ) : (
        <ReportStep report={step.report} />
      )}
    </Dialog>
  );
}

export function TopicImportDialog({
  workshopId,
  open,
  onClose,
}: {
  workshopId: string;
  open: boolean;
  onClose: () => void;
}) {
  return open ? <TopicImportFlow workshopId={workshopId} onClose={onClose} /> : null;
}
