import './home.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { showToast, toastError } from '../../store/toasts.ts';
import { deleteWorkshop, duplicateWorkshop, loadTrash, restoreWorkshop, useWorkshops } from '../../store/workshops.ts';
import { CreateWorkshopDialog } from './CreateWorkshopDialog.tsx';
import { TrashSection } from './TrashSection.tsx';
import { WorkshopCard } from './WorkshopCard.tsx';

export function Home() {
  const { t } = useTranslation();
  const workshops = useWorkshops((s) => s.list);
  const status = useWorkshops((s) => s.status);
  const error = useWorkshops((s) => s.error);
  const trashCount = useWorkshops((s) => s.trash.length);
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<WorkshopSummary | null>(null);
  const [showTrash, setShowTrash] = useState(false);

  useEffect(() => {
    document.title = `${t('home.title')} · Agora`;
  }, [t]);

  // The trash count shows on its toggle, so read it once on arrival.
  useEffect(() => {
    void loadTrash();
  }, []);

  const onDuplicate = useCallback(
    (workshop: WorkshopSummary) => {
      void duplicateWorkshop(workshop.id).then((result) => {
        if (result.ok) showToast({ tone: 'success', message: t('home.duplicated', { title: result.value.title }) });
        else toastError(result.error);
      });
    },
    [t],
  );

  const confirmDelete = async () => {
    if (!toDelete) return;
    const { id, title } = toDelete;
    const result = await deleteWorkshop(id);
    setToDelete(null);
    if (!result.ok) {
      toastError(result.error);
      return;
    }
    showToast({
      tone: 'info',
      message: t('home.deleted', { title }),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await restoreWorkshop(id);
          if (!restored.ok) toastError(restored.error);
        },
      },
    });
  };

  const onDelete = useCallback((workshop: WorkshopSummary) => setToDelete(workshop), []);

  return (
    <div className="page container">
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('home.title')}</h1>
          <p className="page-lead">{t('home.lead')}</p>
        </div>
        <div className="page-header__actions">
          <Button
            icon="trash"
            variant="ghost"
            aria-pressed={showTrash}
            onClick={() => {
              setShowTrash((v) => !v);
              // Bring the trash into view: below a long list it would open off screen.
              if (!showTrash)
                requestAnimationFrame(() => document.querySelector('.trash')?.scrollIntoView({ behavior: 'smooth' }));
            }}
          >
            {t('home.trashToggle', { count: trashCount })}
          </Button>
          <Button icon="plus" variant="primary" onClick={() => setCreating(true)}>
            {t('home.newWorkshop')}
          </Button>
        </div>
      </div>

      {status === 'error' && error ? (
        <div className="form-error" role="alert">
          <p>{error.message}</p>
        </div>
      ) : null}

      {status === 'loading' && workshops.length === 0 ? (
        <ul className="workshop-grid" aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <li key={i} className="wcard wcard--skeleton" />
          ))}
        </ul>
      ) : status === 'ready' && workshops.length === 0 ? (
        <EmptyState
          icon="grid"
          title={t('home.emptyTitle')}
          action={
            <Button icon="plus" variant="primary" onClick={() => setCreating(true)}>
              {t('home.newWorkshop')}
            </Button>
          }
        >
          {t('home.emptyText')}
        </EmptyState>
      ) : (
        <ul className="workshop-grid" aria-label={t('home.listLabel')}>
          {workshops.map((w) => (
            <li key={w.id}>
              <WorkshopCard workshop={w} onDuplicate={onDuplicate} onDelete={onDelete} />
            </li>
          ))}
        </ul>
      )}

      {showTrash ? <TrashSection /> : null}

      <CreateWorkshopDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('home.deleteTitle')}
        message={t('home.deleteMessage', { title: toDelete?.title ?? '' })}
        confirmLabel={t('home.moveToTrash')}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      />
    </div>
  );
}
