/**
 * What the projected screen shows, from the room bar: switch it between the join code, the topic
 * wall, the results, the session grid and its "now and next" (once the grid is published), a
 * countdown and a blank screen (buttons, or the keys J T R G N C B from any workshop screen), and
 * open its window. The view on air is highlighted from the core's state, so
 * a change made in another window shows here too.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Icon, type IconName } from '../components/Icon.tsx';
import { openProjectorWindow } from '../lib/projector.ts';
import { useGrid } from '../store/grid.ts';
import { showOnProjector, useProjector } from '../store/projector.ts';
import { showToast, toastError } from '../store/toasts.ts';
import { PROJECTOR_KEYS } from './shortcuts.ts';
import { useProjectorShortcuts } from './useProjectorShortcuts.ts';

const VIEW_ICONS: Record<ProjectorView, IconName> = {
  join: 'phone',
  topics: 'grid',
  results: 'chart',
  grid: 'calendar',
  now: 'clock',
  countdown: 'timer',
  blank: 'eyeOff',
};

const BUTTON_VIEWS = ['join', 'topics', 'results', 'grid', 'now'] as const;

/** Views of the session grid: shown only once it is published. */
const GRID_VIEWS: ReadonlySet<ProjectorView> = new Set(['grid', 'now']);

const MAX_MINUTES = 120;

interface ProjectorControlsProps {
  workshopId: string;
  /** The round the Results view shows; null lets the core pick (the open round, else the latest). */
  roundId: string | null;
}

export function ProjectorControls({ workshopId, roundId }: ProjectorControlsProps) {
  const { t } = useTranslation();
  const ids = useId();
  const state = useProjector((s) => s.state);
  const [minutes, setMinutes] = useState('5');
  const [minutesError, setMinutesError] = useState(false);
  const onAir = state?.workshopId === workshopId ? state.view : null;
  const gridPublished = useGrid((s) => s.workshopId === workshopId && !!s.grid?.publishedAt);

  const show = async (view: ProjectorView) => {
    if (GRID_VIEWS.has(view) && !gridPublished) {
      showToast({ tone: 'info', message: t('room.projector.gridUnpublished') });
      return;
    }
    let seconds: number | undefined;
    if (view === 'countdown') {
      const m = Number(minutes.trim().replace(',', '.'));
      if (!Number.isFinite(m) || m <= 0 || m > MAX_MINUTES) {
        setMinutesError(true);
        return;
      }
      setMinutesError(false);
      seconds = Math.max(1, Math.round(m * 60));
    }
    const result = await showOnProjector({
      workshopId,
      view,
      roundId: view === 'results' ? roundId : null,
      seconds,
    });
    if (!result.ok) toastError(result.error);
  };

  useProjectorShortcuts((view) => void show(view));

  const viewButton = (view: ProjectorView) => {
    const key = PROJECTOR_KEYS[view];
    const unpublished = GRID_VIEWS.has(view) && !gridPublished;
    return (
      <button
        key={view}
        type="button"
        className="projector__view"
        aria-pressed={onAir === view}
        aria-keyshortcuts={key}
        disabled={unpublished}
        title={unpublished ? t('room.projector.gridUnpublished') : t('room.projector.shortcut', { key })}
        onClick={() => void show(view)}
        data-testid={`projector-${view}`}
      >
        <Icon name={VIEW_ICONS[view]} size={16} />
        <span className={`projector__view-label projector__view-label--${view}`}>
          {t(`room.projector.view.${view}`)}
        </span>
        <span className="projector__key" aria-hidden="true">
          {key}
        </span>
      </button>
    );
  };

  return (
    <section className="projector" aria-labelledby={`${ids}-title`}>
      <span className="projector__lead">
        <Icon name="monitor" size={18} className="projector__icon" />
        <span className="projector__title" id={`${ids}-title`}>
          {t('room.projector.title')}
        </span>
      </span>
      <p className="visually-hidden" aria-live="polite">
        {onAir ? t('room.projector.onAir', { view: t(`room.projector.view.${onAir}`) }) : t('room.projector.elsewhere')}
      </p>
      <fieldset className="projector__views">
        <legend className="visually-hidden">{t('room.projector.views')}</legend>
        {BUTTON_VIEWS.map(viewButton)}
        <div className={`projector__countdown ${onAir === 'countdown' ? 'is-on' : ''}`}>
          {viewButton('countdown')}
          <label className="visually-hidden" htmlFor={`${ids}-minutes`}>
            {t('room.projector.minutes')}
          </label>
          <input
            id={`${ids}-minutes`}
            className="input input--sm input--number projector__minutes"
            inputMode="decimal"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void show('countdown');
              }
            }}
            aria-invalid={minutesError || undefined}
            aria-describedby={`${ids}-min-unit`}
          />
          <span className="projector__unit" id={`${ids}-min-unit`}>
            {minutesError ? t('room.projector.minutesInvalid', { max: MAX_MINUTES }) : t('room.projector.minUnit')}
          </span>
        </div>
        {viewButton('blank')}
      </fieldset>
      <Button
        size="sm"
        variant="ghost"
        icon="external"
        onClick={() => openProjectorWindow(workshopId)}
        className="projector__open"
        aria-label={t('room.projector.open')}
        title={t('room.projector.open')}
      >
        <span className="projector__open-label">{t('room.projector.openShort')}</span>
      </Button>
    </section>
  );
}
