import { type KeyboardEvent, memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Room } from '../../../../shared/schemas.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField, useTooLong } from '../../components/Field.tsx';
import { checkLength } from '../../components/textLimit.ts';
import { errorField, inlineMessage } from '../../lib/errors.ts';
import { addRoom, removeRoom, updateRoom, useRooms } from '../../store/rooms.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { SectionHeader } from './SectionHeader.tsx';

/** "" means no capacity given; otherwise a whole number of seats. */
function parseCapacity(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= 1 ? n : 'invalid';
}

/**
 * One room, edited in place: changes save when leaving the field or pressing Enter; Escape
 * reverts. A name over LIMITS.name is not cut: the row says by how much, and does not save.
 */
const RoomRow = memo(function RoomRow({
  room,
  index,
  onRemove,
}: {
  room: Room;
  index: number;
  onRemove: (room: Room) => void;
}) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const [name, setName] = useState(room.name);
  const [capacity, setCapacity] = useState(room.capacity === null ? '' : String(room.capacity));
  const [error, setError] = useState<{ field: 'name' | 'capacity'; message: string } | null>(null);
  const [seen, setSeen] = useState(room);
  if (seen !== room) {
    setSeen(room);
    setName(room.name);
    setCapacity(room.capacity === null ? '' : String(room.capacity));
  }

  const nameTooLong = tooLong(name, LIMITS.name);
  // A name over the limit is said while it is typed, before any other message.
  const shown = nameTooLong ? { field: 'name' as const, message: nameTooLong } : error;

  const save = async () => {
    const cap = parseCapacity(capacity);
    if (nameTooLong) return; // the row already says so; nothing is saved or cut
    if (!name.trim()) {
      setError({ field: 'name', message: t('rooms.errors.nameRequired') });
      return;
    }
    if (cap === 'invalid') {
      setError({ field: 'capacity', message: t('rooms.errors.capacity') });
      return;
    }
    if (name.trim() === room.name && cap === room.capacity) {
      setError(null);
      return;
    }
    const result = await updateRoom(room.id, { name: name.trim(), capacity: cap });
    if (result.ok) setError(null);
    else
      setError({
        field: errorField(result.error) === 'capacity' ? 'capacity' : 'name',
        message: inlineMessage(result.error),
      });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      setName(room.name);
      setCapacity(room.capacity === null ? '' : String(room.capacity));
      setError(null);
    }
  };

  const n = index + 1;
  const errorId = `room-${room.id}-error`;
  return (
    <li className={`rows__row rooms__row ${shown ? 'rows__row--invalid' : ''}`}>
      <span className="rows__index" aria-hidden="true">
        {n}
      </span>
      <input
        className="input input--inline"
        aria-label={t('rooms.nameOf', { n })}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
        aria-invalid={shown?.field === 'name' || undefined}
        aria-describedby={shown ? errorId : undefined}
      />
      <input
        className="input input--inline input--number"
        aria-label={t('rooms.capacityOf', { n })}
        inputMode="numeric"
        value={capacity}
        placeholder="—"
        onChange={(e) => setCapacity(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
        aria-invalid={shown?.field === 'capacity' || undefined}
        aria-describedby={shown ? errorId : undefined}
      />
      <IconButton
        icon="trash"
        variant="danger-ghost"
        label={t('rooms.removeNamed', { name: room.name })}
        onClick={() => onRemove(room)}
      />
      {shown ? (
        <p className="rows__error field__error" id={errorId}>
          {shown.message}
        </p>
      ) : null}
    </li>
  );
});

/**
 * "Add a room" on one line: name, capacity, the button. Enter adds; the name is cleared and keeps
 * the focus, since rooms are usually typed one after another. The name is counted against
 * LIMITS.name near it and refused over it, never cut.
 */
function AddRoomForm({ workshopId, count }: { workshopId: string; count: number }) {
  const { t } = useTranslation();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const [error, setError] = useState<{ field: 'name' | 'capacity'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const cap = parseCapacity(capacity);
    // Over the limit, the name field already says by how much.
    if (checkLength(name, LIMITS.name).over > 0) return nameRef.current?.focus();
    if (!name.trim()) return setError({ field: 'name', message: t('rooms.errors.nameRequired') });
    if (cap === 'invalid') return setError({ field: 'capacity', message: t('rooms.errors.capacity') });
    setBusy(true);
    const result = await addRoom(workshopId, { name: name.trim(), capacity: cap });
    setBusy(false);
    if (!result.ok) {
      setError({
        field: errorField(result.error) === 'capacity' ? 'capacity' : 'name',
        message: inlineMessage(result.error),
      });
      return;
    }
    setError(null);
    setName('');
    setCapacity('');
    // Focus stays in the name field: rooms are usually typed one after another.
    nameRef.current?.focus();
  };

  return (
    <form
      className="add-row add-row--rooms"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        ref={nameRef}
        id="new-room-name"
        label={t('rooms.newName')}
        value={name}
        limit={LIMITS.name}
        placeholder={t('rooms.namePlaceholder', { n: count + 1 })}
        onChange={(e) => setName(e.target.value)}
        error={error?.field === 'name' ? error.message : null}
        fieldClassName="add-row__grow"
      />
      <TextField
        id="new-room-capacity"
        label={t('rooms.newCapacity')}
        inputMode="numeric"
        value={capacity}
        placeholder={t('rooms.capacityPlaceholder')}
        onChange={(e) => setCapacity(e.target.value)}
        error={error?.field === 'capacity' ? error.message : null}
      />
      <Button type="submit" variant="primary" icon="plus" busy={busy}>
        {t('rooms.add')}
      </Button>
    </form>
  );
}

export function RoomsSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const rooms = useRooms((s) => s.items);
  const status = useRooms((s) => s.status);
  const [toRemove, setToRemove] = useState<Room | null>(null);
  const seats = rooms.reduce((sum, r) => sum + (r.capacity ?? 0), 0);

  const confirmRemove = async () => {
    if (!toRemove) return;
    const result = await removeRoom(toRemove.id);
    if (result.ok) showToast({ tone: 'success', message: t('rooms.removed', { name: toRemove.name }) });
    else toastError(result.error);
    setToRemove(null);
  };

  return (
    <section aria-labelledby="rooms-heading">
      <SectionHeader id="rooms-heading" title={t('setup.section.rooms')} lead={t('rooms.lead')} />
      <div className="panel">
        {rooms.length > 0 ? (
          <>
            <div className="rows__head rooms__row" aria-hidden="true">
              <span>#</span>
              <span className="rows__col-input">{t('rooms.name')}</span>
              <span className="rows__col-input">{t('rooms.capacity')}</span>
              <span />
            </div>
            <ul className="rows" aria-label={t('rooms.listLabel')}>
              {rooms.map((room, index) => (
                <RoomRow key={room.id} room={room} index={index} onRemove={setToRemove} />
              ))}
            </ul>
            <p className="rows__summary muted">
              {t('count.rooms', { count: rooms.length })}
              {seats > 0 ? ` · ${t('rooms.seats', { count: seats })}` : ''}
            </p>
          </>
        ) : status === 'ready' ? (
          <EmptyState icon="door" title={t('rooms.emptyTitle')} level={3}>
            {t('rooms.emptyText')}
          </EmptyState>
        ) : (
          <div className="panel--loading" aria-busy="true" />
        )}
        <div className="panel__footer panel__footer--form">
          <AddRoomForm workshopId={workshopId} count={rooms.length} />
        </div>
      </div>
      <ConfirmDialog
        open={toRemove !== null}
        title={t('rooms.removeTitle')}
        message={t('rooms.removeMessage', { name: toRemove?.name ?? '' })}
        confirmLabel={t('rooms.remove')}
        onConfirm={confirmRemove}
        onClose={() => setToRemove(null)}
      />
    </section>
  );
}
