/**
 * One session's details, opened from its card (a click, or Enter): where it runs and the
 * keyboard's "move to…" (a room and a time, then Move; or off the grid), who hosts it (any
 * participant; by default the proposer's match), its lock, its demand and head count, and the
 * warnings that concern it. Host and lock are saved as soon as they change.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridSession, GridWarning } from '../../../../shared/grid.ts';
import type { Participant } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../components/isolate.ts';
import {
  type Cell,
  checkDrop,
  type GridContext,
  placeOf,
  sessionSlots,
  slotTimes,
  warningsOfSession,
} from './gridModel.ts';
import { type GridNames, refusalText, warningText } from './messages.ts';

interface SessionDialogProps {
  session: GridSession | null;
  ctx: GridContext;
  names: GridNames;
  participants: readonly Participant[];
  counted: boolean;
  onClose: () => void;
  onPlace: (sessionId: string, target: Cell | null) => Promise<boolean>;
  onHost: (sessionId: string, participantId: string | null) => void;
  onLock: (sessionId: string, locked: boolean) => void;
}

function MoveTo({
  session,
  ctx,
  onPlace,
}: {
  session: GridSession;
  ctx: GridContext;
  onPlace: SessionDialogProps['onPlace'];
}) {
  const { t } = useTranslation();
  const ids = useId();
  const at = placeOf(session);
  const slots = sessionSlots(ctx.slots);
  const [roomId, setRoomId] = useState(at?.roomId ?? ctx.rooms[0]?.id ?? '');
  const [slotId, setSlotId] = useState(at?.slotId ?? slots[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  // The session moved (here or elsewhere): start from where it is now.
  const atRoom = at?.roomId;
  const atSlot = at?.slotId;
  useEffect(() => {
    if (atRoom && atSlot) {
      setRoomId(atRoom);
      setSlotId(atSlot);
    }
  }, [atRoom, atSlot]);

  const target = roomId && slotId ? { roomId, slotId } : null;
  const check = target ? checkDrop(ctx.grid, session.id, target) : null;
  const occupant = check?.ok ? check.swapWith : null;
  const move = async (to: Cell | null) => {
    setBusy(true);
    await onPlace(session.id, to);
    setBusy(false);
  };

  return (
    <fieldset className="gdialog__move">
      <legend className="gdialog__legend">{t('grid.session.moveTo')}</legend>
      <div className="gdialog__row">
        <SelectField label={t('grid.session.room')} value={roomId} onChange={(e) => setRoomId(e.target.value)}>
          {ctx.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('grid.session.time')} value={slotId} onChange={(e) => setSlotId(e.target.value)}>
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label ? `${slotTimes(s)} · ${s.label}` : slotTimes(s)}
            </option>
          ))}
        </SelectField>
        <Button
          variant="primary"
          icon="check"
          onClick={() => void move(target)}
          disabled={!check?.ok}
          busy={busy}
          aria-describedby={`${ids}-why`}
        >
          {t('grid.session.move')}
        </Button>
      </div>
      <p className="gdialog__why" id={`${ids}-why`}>
        {check && !check.ok
          ? refusalText(check.reason, t)
          : occupant
            ? t('grid.session.swapWith', { title: isolate(occupant.title) })
            : t('grid.session.freeCell')}
      </p>
      {at && !session.locked ? (
        <Button variant="ghost" icon="close" onClick={() => void move(null)} disabled={busy}>
          {t('grid.session.takeOff')}
        </Button>
      ) : null}
    </fieldset>
  );
}

export function SessionDialog({
  session,
  ctx,
  names,
  participants,
  counted,
  onClose,
  onPlace,
  onHost,
  onLock,
}: SessionDialogProps) {
  const { t } = useTranslation();
  const ids = useId();
  const warnings: GridWarning[] = session ? warningsOfSession(ctx.grid.warnings, session.id) : [];
  const at = session ? placeOf(session) : null;
  const defaultHost = session && !session.hostParticipantId && session.hostName ? session.hostName : null;

  return (
    <Dialog
      open={session !== null}
      onClose={onClose}
      title={session ? isolate(session.title) : ''}
      description={session ? names.place(at) : undefined}
      size="md"
      testId="session-dialog"
      footer={
        <Button variant="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {session ? (
        <div className="gdialog">
          <dl className="gdialog__facts">
            <div>
              <dt>{t('grid.session.demand')}</dt>
              <dd>{t('grid.card.demand', { count: session.demand })}</dd>
            </div>
            {counted || ctx.grid.publishedAt ? (
              <div>
                <dt>{t('grid.session.attending')}</dt>
                <dd>{t('grid.card.attending', { count: session.attending })}</dd>
              </div>
            ) : null}
          </dl>
          {warnings.length > 0 ? (
            <ul className="gdialog__warnings">
              {warnings.map((w) => (
                <li key={`${w.kind}|${w.slotId}|${w.roomId}`}>
                  <Icon name="alert" size={16} />
                  {warningText(w, names, t)}
                </li>
              ))}
            </ul>
          ) : null}

          <SelectField
            label={t('grid.session.host')}
            hint={t('grid.session.hostHint')}
            value={session.hostParticipantId ?? ''}
            onChange={(e) => onHost(session.id, e.target.value || null)}
            data-testid="host-select"
          >
            <option value="">
              {defaultHost ? t('grid.session.hostAsProposed', { name: defaultHost }) : t('grid.session.hostNobody')}
            </option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>

          <div className="gdialog__lock">
            <input
              id={`${ids}-lock`}
              type="checkbox"
              className="checkbox"
              checked={session.locked}
              disabled={!at && !session.locked}
              onChange={(e) => onLock(session.id, e.target.checked)}
              aria-describedby={`${ids}-lock-hint`}
            />
            <label htmlFor={`${ids}-lock`}>{t('grid.session.lock')}</label>
            <p className="field__hint" id={`${ids}-lock-hint`}>
              {at || session.locked ? t('grid.session.lockHint') : t('grid.session.lockNeedsPlace')}
            </p>
          </div>

          <MoveTo session={session} ctx={ctx} onPlace={onPlace} />
        </div>
      ) : null}
    </Dialog>
  );
}
