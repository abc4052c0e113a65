/**
 * How to join from a phone: a QR code big enough to scan from the middle of the room, the
 * address for those who type it, the 6-character code, and how many phones joined so far.
 */
import { useTranslation } from 'react-i18next';
import { getClient } from '../../shared/client.ts';
import { QrCode } from '../../shared/QrCode.tsx';
import { useAgoraEvent } from '../lib/useAgoraEvent.ts';
import { useRemote } from '../lib/useRemote.ts';
import { MessageView } from './MessageView.tsx';

/** "K7PQ2M" as "K7P 2QM": two groups of three are easier to read off a wall and to type. */
function JoinCode({ code }: { code: string }) {
  return (
    <span className="join__code" data-testid="join-code">
      <span>{code.slice(0, 3)}</span>
      <span>{code.slice(3)}</span>
    </span>
  );
}

/** The address with its scheme dimmed: what people type is the host and path. */
function JoinUrl({ url }: { url: string }) {
  const match = /^(https?:\/\/)(.*)$/.exec(url);
  return (
    <p className="join__url" data-testid="join-url">
      {match ? (
        <>
          <span className="join__url-scheme">{match[1]}</span>
          {match[2]}
        </>
      ) : (
        url
      )}
    </p>
  );
}

export function JoinView({ workshopId, workshopTitle }: { workshopId: string; workshopTitle: string | undefined }) {
  const { t } = useTranslation();
  const join = useRemote(() => getClient().api['join:get']({ workshopId }), workshopId);
  useAgoraEvent((event) => {
    if (event.name === 'lan:changed') join.reload();
    else if (
      event.name === 'workshop:changed' &&
      event.payload.workshopId === workshopId &&
      event.payload.area === 'join'
    )
      join.reload();
  });

  const info = join.data;
  if (!info) {
    return join.error ? (
      <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />
    ) : (
      <MessageView title={t('present.loading')} />
    );
  }

  return (
    <section className="join" aria-labelledby="join-title">
      <div className="join__qr">
        {info.url ? (
          <QrCode
            className="join__qrcode"
            value={info.url}
            size={600}
            label={t('present.join.qrLabel', { url: info.url })}
          />
        ) : (
          <div className="join__off" role="status">
            <p className="join__off-title">{t('present.join.offTitle')}</p>
            <p className="join__off-text">{t('present.join.offText')}</p>
          </div>
        )}
      </div>
      <div className="join__text">
        {workshopTitle ? <p className="eyebrow">{workshopTitle}</p> : null}
        <h1 id="join-title" className="join__title">
          {t('present.join.title')}
        </h1>
        {info.url ? (
          <div className="join__step">
            <p className="join__label">{t('present.join.scanOrOpen')}</p>
            <JoinUrl url={info.url} />
          </div>
        ) : null}
        <div className="join__step">
          <p className="join__label">{t('present.join.code')}</p>
          <JoinCode code={info.code} />
        </div>
        <p className="join__count" aria-live="polite" data-testid="joined-count">
          <span className="join__count-dot" aria-hidden="true" />
          {t('present.join.joined', { count: info.joined })}
        </p>
      </div>
    </section>
  );
}
