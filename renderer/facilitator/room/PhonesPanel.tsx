/**
 * Phones on the local network, in the room panel: the participant server's switch; while it runs,
 * how to join (the big code, the address, the QR, the network to give); and who votes (Voters.tsx:
 * phones joined against participants expected, the waiting line, the voter ceiling, one round or
 * all on phones, the tickets for binding votes).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinInfo, LanStatus } from '../../../shared/voting.ts';
import { QrCode } from '../../shared/QrCode.tsx';
import { Button } from '../components/Button.tsx';
import { Icon } from '../components/Icon.tsx';
import { chooseAddress, loadJoin, startLan, stopLan, useLan } from '../store/lan.ts';
import { toastError } from '../store/toasts.ts';
import { NewCodeDialog } from './NewCodeDialog.tsx';
import { Voters, WaitingPhones } from './Voters.tsx';

function ServerSwitch({ running }: { running: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    const result = running ? await stopLan() : await startLan();
    setBusy(false);
    if (!result.ok) toastError(result.error);
  };
  return (
    <div className="server-switch">
      <div className="server-switch__text">
        <span className="server-switch__label" id={`${id}-label`}>
          {t('room.lan.server')}
        </span>
        <span className={`server-switch__state ${running ? 'is-on' : ''}`} aria-hidden="true">
          {running ? t('room.lan.on') : t('room.lan.off')}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        className="toggle"
        aria-checked={running}
        aria-labelledby={`${id}-label`}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={() => void toggle()}
        data-testid="lan-switch"
      >
        <span className="toggle__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}

function JoinDetails({ workshopId, join, status }: { workshopId: string; join: JoinInfo; status: LanStatus }) {
  const { t } = useTranslation();
  const ids = useId();
  const [newCode, setNewCode] = useState(false);
  const url = join.url;
  const current = status.addresses[0]?.address ?? '';

  return (
    <div className="join" data-testid="join-details">
      <div className="join__code-block">
        <span className="join__caption">{t('room.join.code')}</span>
        <span className="join__code" data-testid="join-code">
          {join.code}
        </span>
      </div>
      {url ? (
        <div className="join__qr-block">
          <QrCode value={url} size={168} label={t('room.join.qrLabel', { url })} className="join__qr" />
          <span className="join__caption">{t('room.join.url')}</span>
          <output className="join__url" data-testid="join-url">
            {url}
          </output>
          {status.addresses.length > 1 ? (
            <div className="field join__address">
              <label className="join__caption" htmlFor={`${ids}-address`}>
                {t('room.lan.network')}
              </label>
              <select
                id={`${ids}-address`}
                className="input input--sm select"
                value={current}
                onChange={(e) => void chooseAddress(e.target.value).then((r) => r.ok || toastError(r.error))}
              >
                {status.addresses.map((a) => (
                  <option key={`${a.name}-${a.address}`} value={a.address}>
                    {a.name} — {a.address}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="join__foot">
        <Button size="sm" variant="ghost" icon="refresh" onClick={() => setNewCode(true)}>
          {t('room.join.newCode')}
        </Button>
      </div>
      <NewCodeDialog open={newCode} workshopId={workshopId} joined={join.joined} onClose={() => setNewCode(false)} />
    </div>
  );
}

export function PhonesPanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const status = useLan((s) => s.status);
  const join = useLan((s) => (s.join?.workshopId === workshopId ? s.join : null));
  const running = !!status?.running;

  useEffect(() => {
    void loadJoin(workshopId);
  }, [workshopId]);

  return (
    <section className="panel side-card" aria-labelledby="phones-heading">
      <header className="side-card__header">
        <Icon name="wifi" size={18} className="side-card__icon" />
        <h3 className="panel__title" id="phones-heading" tabIndex={-1}>
          {t('room.lan.title')}
        </h3>
      </header>
      <div className="side-card__body">
        <ServerSwitch running={running} />
        {join && join.waiting > 0 ? <WaitingPhones workshopId={workshopId} waiting={join.waiting} /> : null}
        {running && join && status ? (
          <JoinDetails workshopId={workshopId} join={join} status={status} />
        ) : running ? (
          <div className="join join--loading" aria-busy="true" />
        ) : (
          <p className="side-card__text">{t('room.lan.offText')}</p>
        )}
        {running && status && status.addresses.length === 0 ? (
          <p className="notice notice--warning">{t('room.lan.noNetwork')}</p>
        ) : null}
        {join ? <Voters workshopId={workshopId} join={join} /> : null}
      </div>
    </section>
  );
}
