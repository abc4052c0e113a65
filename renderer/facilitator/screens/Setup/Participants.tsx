import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseForSearch } from '../../../../shared/domain/topicFilter.ts';
import type { Participant } from '../../../../shared/schemas.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../components/isolate.ts';
import { removeParticipant, useParticipants } from '../../store/participants.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { CsvImportDialog } from './CsvImportDialog.tsx';
import { ParticipantDialog } from './ParticipantDialog.tsx';
import { SectionHeader } from './SectionHeader.tsx';

const ParticipantRow = memo(function ParticipantRow({
  participant: p,
  showEmail,
  onEdit,
  onRemove,
}: {
  participant: Participant;
  showEmail: boolean;
  onEdit: (p: Participant) => void;
  onRemove: (p: Participant) => void;
}) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row" className="table__name">
        <bdi>{p.name}</bdi>
      </th>
      <td>
        <bdi>{p.organisation}</bdi>
      </td>
      <td>
        <bdi>{p.territory}</bdi>
      </td>
      <td>
        <bdi>{p.role}</bdi>
      </td>
      <td>
        <span className={`org-type org-type--${p.orgType}`}>{t(`orgType.${p.orgType}`)}</span>
      </td>
      {showEmail ? (
        <td className="table__email">
          {p.email ? (
            <bdi className="table__email-text" title={p.email}>
              {p.email}
            </bdi>
          ) : null}
        </td>
      ) : null}
      <td className="table__actions">
        <IconButton icon="edit" label={t('participants.editNamed', { name: p.name })} onClick={() => onEdit(p)} />
        <IconButton
          icon="trash"
          variant="danger-ghost"
          label={t('participants.removeNamed', { name: p.name })}
          onClick={() => onRemove(p)}
        />
      </td>
    </tr>
  );
});

export function ParticipantsSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const participants = useParticipants((s) => s.items);
  const status = useParticipants((s) => s.status);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const [importing, setImporting] = useState(false);

  // The e-mail column only when someone has one (over all participants, so it does not come and go while searching).
  const showEmail = useMemo(() => participants.some((p) => p.email), [participants]);

  const visible = useMemo(() => {
    const terms = normaliseForSearch(deferredQuery).trim().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return participants;
    return participants.filter((p) => {
      const text = normaliseForSearch(
        `${p.name} ${p.organisation} ${p.territory} ${p.role} ${p.email} ${t(`orgType.${p.orgType}`)}`,
      );
      return terms.every((term) => text.includes(term));
    });
  }, [participants, deferredQuery, t]);

  const confirmRemove = async () => {
    if (!toRemove) return;
    const result = await removeParticipant(toRemove.id);
    if (result.ok) showToast({ tone: 'success', message: t('participants.removed', { name: isolate(toRemove.name) }) });
    else toastError(result.error);
    setToRemove(null);
  };

  return (
    <section aria-labelledby="participants-heading">
      <SectionHeader
        id="participants-heading"
        title={t('setup.section.participants')}
        lead={t('participants.lead')}
        actions={
          <>
            <Button icon="upload" onClick={() => setImporting(true)}>
              {t('participants.importCsv')}
            </Button>
            <Button icon="plus" variant="primary" onClick={() => setEditing('new')}>
              {t('participants.add')}
            </Button>
          </>
        }
      />
      <div className="panel">
        <div className="toolbar">
          <div className="search">
            <Icon name="search" size={18} className="search__icon" />
            <input
              type="search"
              className="input search__input"
              aria-label={t('participants.search')}
              placeholder={t('participants.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p className="toolbar__count muted" aria-live="polite">
            {deferredQuery.trim()
              ? t('participants.showing', { shown: visible.length, count: participants.length })
              : t('count.participants', { count: participants.length })}
          </p>
        </div>
        {participants.length === 0 && status === 'ready' ? (
          <EmptyState
            icon="users"
            level={3}
            title={t('participants.emptyTitle')}
            action={
              <Button icon="upload" onClick={() => setImporting(true)}>
                {t('participants.importCsv')}
              </Button>
            }
          >
            {t('participants.emptyText')}
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className={`table table--participants${showEmail ? '' : ' table--no-email'}`}>
              <caption className="visually-hidden">{t('participants.tableCaption')}</caption>
              <colgroup>
                <col className="col-name" />
                <col className="col-org" />
                <col className="col-territory" />
                <col className="col-role" />
                <col className="col-type" />
                {showEmail ? <col className="col-email" /> : null}
                <col className="col-actions" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('participants.name')}</th>
                  <th scope="col">{t('participants.organisation')}</th>
                  <th scope="col">{t('participants.territory')}</th>
                  <th scope="col">{t('participants.role')}</th>
                  <th scope="col">{t('participants.orgType')}</th>
                  {showEmail ? <th scope="col">{t('participants.email')}</th> : null}
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((p) => (
                  <ParticipantRow
                    key={p.id}
                    participant={p}
                    showEmail={showEmail}
                    onEdit={setEditing}
                    onRemove={setToRemove}
                  />
                ))}
              </tbody>
            </table>
            {visible.length === 0 && participants.length > 0 ? (
              <p className="table__none muted">{t('participants.noMatch', { query: deferredQuery })}</p>
            ) : null}
          </div>
        )}
      </div>
      <ParticipantDialog
        open={editing !== null}
        workshopId={workshopId}
        participant={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <CsvImportDialog workshopId={workshopId} open={importing} onClose={() => setImporting(false)} />
      <ConfirmDialog
        open={toRemove !== null}
        title={t('participants.removeTitle')}
        message={t('participants.removeMessage', { name: isolate(toRemove?.name ?? '') })}
        confirmLabel={t('participants.remove')}
        onConfirm={confirmRemove}
        onClose={() => setToRemove(null)}
      />
    </section>
  );
}
