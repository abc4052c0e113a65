/**
 * A session on the grid or in the tray: its title, host, demand (and head count once phones
 * mark attendance), the group's colour, a lock when the auto-schedule must leave it be, and a
 * mark when a warning concerns it. The mouse picks it up anywhere on it and a click opens its
 * details; the keyboard picks it up with Space (arrows, then Space or Enter to drop, Escape to
 * cancel) and opens its details with Enter.
 */
import { useDraggable } from '@dnd-kit/core';
import { type KeyboardEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridSession } from '../../../../shared/grid.ts';
import { Icon } from '../../components/Icon.tsx';
import { GridIcon } from './GridIcons.tsx';

interface FaceProps {
  session: GridSession;
  warned: boolean;
  /** Phones marked attendance: show the head count beside the demand. */
  counted: boolean;
}

export const CardFace = memo(function CardFace({ session, warned, counted }: FaceProps) {
  const { t } = useTranslation();
  return (
    <>
      {/* Three lines at most on the laptop's grid: the whole title on hover and in its dialog. */}
      <span className="gcard__title" title={session.title}>
        <bdi>{session.title}</bdi>
      </span>
      <span className="gcard__host">
        {session.hostName ? (
          <>
            <GridIcon name="users" size={13} />
            <bdi>{session.hostName}</bdi>
          </>
        ) : (
          <span className="gcard__muted">{t('grid.card.noHost')}</span>
        )}
      </span>
      <span className="gcard__meta">
        <span className="gcard__demand" data-testid="card-demand">
          {t('grid.card.demand', { count: session.demand })}
        </span>
        {counted ? (
          <span className="gcard__attending" data-testid="card-attending">
            {t('grid.card.attending', { count: session.attending })}
          </span>
        ) : null}
        {warned ? (
          <span className="gcard__warned">
            <Icon name="alert" size={14} />
            <span className="visually-hidden">{t('grid.card.warned')}</span>
          </span>
        ) : null}
        {session.locked ? (
          <span className="gcard__lock" data-testid="card-locked">
            <GridIcon name="lock" size={14} />
            <span className="visually-hidden">{t('grid.card.locked')}</span>
          </span>
        ) : null}
      </span>
    </>
  );
});

const colorClass = (session: GridSession) => (session.color ? ` gcard--${session.color}` : '');

interface CardProps extends FaceProps {
  onOpen: (sessionId: string) => void;
}

export const SessionCard = memo(function SessionCard({ session, warned, counted, onOpen }: CardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: session.id,
    disabled: session.locked,
  });
  // A locked card cannot be carried, but it still opens (to unlock it): never "disabled".
  const { 'aria-disabled': _disabled, role: _role, tabIndex: _tabIndex, ...described } = attributes;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(session.id);
      return;
    }
    // In full view before it is picked up: dnd-kit measures the cells as they are at that moment,
    // and a card brought into view after would be judged over the wrong cell.
    if (event.code === 'Space' && !isDragging) event.currentTarget.scrollIntoView({ block: 'nearest' });
    listeners?.onKeyDown?.(event);
  };
  return (
    // A div, not a <button>: Space picks the card up (dnd-kit) and must not also click it open.
    // biome-ignore lint/a11y/useSemanticElements: see above; it has the role, focus and keys of a button
    <div
      ref={setNodeRef}
      role="button"
      tabIndex={0}
      {...described}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(session.id)}
      className={`gcard${colorClass(session)}${session.locked ? ' gcard--locked' : ''}${warned ? ' gcard--warned' : ''}${isDragging ? ' gcard--lifted' : ''}`}
      data-testid="grid-card"
      data-session-id={session.id}
    >
      <CardFace session={session} warned={warned} counted={counted} />
    </div>
  );
});

/** The card that follows the pointer (or the arrow keys) while it is carried. */
export function CardOverlay({ session, counted }: { session: GridSession; counted: boolean }) {
  return (
    <div className={`gcard gcard--overlay${colorClass(session)}`}>
      <CardFace session={session} warned={false} counted={counted} />
    </div>
  );
}
