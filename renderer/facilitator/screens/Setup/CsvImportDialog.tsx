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
  prepareImport,
} from '../../../../shared/domain/csv.ts';
import { ORG_TYPES } from '../../../../shared/schemas.ts';
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
import { importReason } from '../../lib/errors.ts';
import { importParticipants } from '../../store/participants.ts';

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
  const hasName = hasNameColumn(mapping);
  const typeColumn = mapping.includes('orgType');
  const emailWarnings = prepared.warnings.filter((w) => w.kind === 'emailDropped').length;
  return (
    <div className="csv-map">
      <CsvFileLine fileName={step.fileName} csv={csv} />
      <p className="muted">{t('csv.mappingIntro')}</p>
      <CsvMappingTable
        csv={csv}
        mapping={mapping}
        targets={COLUMN_TARGETS}
        targetLabel={(field) => t(`participantField.${field}`)}
        onMapping={onMapping}
        resultHead={t('csv.importedAs')}
        result={(r) => {
          const values = prepared.rows[r]?.values ?? {};
          const guessed = prepared.guessedTypes.has(csv.lines[r] ?? r + 2);
          return (
            <>
              <span className="csv-map__result-name">{values.name ? <bdi>{values.name}</bdi> : '—'}</span>
              {values.orgType && (ORG_TYPES as readonly string[]).includes(values.orgType) ? (
                <span className="csv-map__result-type">
                  {t(`orgType.${values.orgType}`)}
                  {guessed ? ` ${t('csv.guessedMark')}` : ''}
                </span>
              ) : null}
            </>
          );
        }}
      />
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
      <ImportReportBanner
        imported={imported.length}
        title={t('csv.imported', { count: imported.length })}
        rejectedRows={rejected.length}
      >
        {warnings.length > 0 ? (
          <p className="report-banner__text">{t('csv.warningCount', { count: warnings.length })}</p>
        ) : null}
      </ImportReportBanner>
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
        <RejectedRowsTable
          rejected={rejected}
          fieldLabel={(field) =>
            field && (PARTICIPANT_FIELDS as readonly string[]).includes(field)
              ? t(`participantField.${field}`)
              : (field ?? '—')
          }
          reason={importReason}
        />
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
    const read = await readCsvFile(file, t, t('csv.noRows'));
    if ('error' in read) {
      setStep({ name: 'pick', error: read.error });
      return;
    }
    setStep({
      name: 'map',
      fileName: file.name,
      csv: read.csv,
      mapping: guessMapping(read.csv.headers),
      orgType: 'guess',
      error: null,
    });
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
      <ImportSteps current={step.name} />
      {step.name === 'pick' ? (
        <CsvFilePicker
          error={step.error}
          onFile={(file) => void readFile(file)}
          expected={PARTICIPANT_FIELDS.map((f) => t(`participantField.${f}`)).join(' · ')}
        />
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
