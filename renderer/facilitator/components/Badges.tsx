import { useTranslation } from 'react-i18next';
import type { Theme, TopicStatus, WorkshopFormat } from '../../../shared/schemas.ts';

export function FormatBadge({ format }: { format: WorkshopFormat }) {
  const { t } = useTranslation();
  return <span className={`badge badge--format badge--${format}`}>{t(`format.${format}`)}</span>;
}

/** A theme's colour chip; the colour is never the only cue, the name is always written. */
export function ThemeChip({ theme }: { theme: Theme | null }) {
  const { t } = useTranslation();
  if (!theme) return <span className="chip chip--none">{t('theme.none')}</span>;
  return (
    <span className={`chip theme--${theme}`}>
      <span className="chip__dot" aria-hidden="true" />
      {t(`theme.${theme}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: TopicStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`topicStatus.${status}`)}</span>;
}
