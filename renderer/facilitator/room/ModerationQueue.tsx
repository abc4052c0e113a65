/**
 * Topics proposed from phones wait here until the facilitator accepts (as typed, or retouched)
 * or rejects them. Participant text is shown as text only; React escapes it, nothing is parsed.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Icon } from '../components/Icon.tsx';
import { focusAfterRemoval } from '../lib/focus.ts';
import { acceptSuggestion, rejectSuggestion, useSuggestions } from '../store/suggestions.ts';
import { showToast, toastError } from '../store/toasts.ts';
import { AcceptDialog } from './AcceptDialog.tsx';

const SuggestionItem = memo(function SuggestionItem({
  suggestion,
  onEdit,
}: {
  suggestion: TopicSuggestion;
  onEdit: (s: TopicSuggestion) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const titleId = `suggestion-${suggestion.id}-title`;

  const accept = async () => {
    setBusy('accept');
    const result = await acceptSuggestion(suggestion);
    setBusy(null);
    if (result.ok) {
      showToast({ tone: 'success', message: t('room.suggestions.accepted', { seq: result.value.seq }) });
      focusAfterRemoval('queue-heading');
    } else toastError(result.error);
  };
  const reject = async () => {
    setBusy('reject');
    const result = await rejectSuggestion(suggestion.id);
    setBusy(null);
    if (result.ok) {
      // First-strong isolate … pop: the title cannot reverse the words of the message around it.
      showToast({
        tone: 'info',
        message: t('room.suggestions.rejected', { title: `\u2068${suggestion.title}\u2069` }),
      });
      focusAfterRemoval('queue-heading');
    } else toastError(result.error);
  };

  return (
    <li>
      <article className="suggestion" aria-labelledby={titleId} data-testid="suggestion">
        {/* Typed on a phone: isolated, so a bidi override in it cannot turn the text around it. */}
        <h4 className="suggestion__title" id={titleId}>
          <bdi>{suggestion.title}</bdi>
        </h4>
        {suggestion.pitch ? (
          <p className="suggestion__pitch">
            <bdi>{suggestion.pitch}</bdi>
          </p>
        ) : null}
        <p className="suggestion__from">
          <Icon name="phone" size={14} />
          {suggestion.proposer ? <bdi>{suggestion.proposer}</bdi> : t('room.suggestions.anonymous')}
        </p>
        <div className="suggestion__actions">
          <Button
            size="sm"
            variant="primary"
            icon="check"
            busy={busy === 'accept'}
            disabled={busy !== null}
            onClick={() => void accept()}
            aria-label={t('room.suggestions.acceptNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.accept')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon="edit"
            disabled={busy !== null}
            onClick={() => onEdit(suggestion)}
            aria-label={t('room.suggestions.editNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.edit')}
          </Button>
          <Button
            size="sm"
            variant="danger-ghost"
            busy={busy === 'reject'}
            disabled={busy !== null}
            onClick={() => void reject()}
            aria-label={t('room.suggestions.rejectNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.reject')}
          </Button>
        </div>
      </article>
    </li>
  );
});

export function ModerationQueue() {
  const { t } = useTranslation();
  const items = useSuggestions((s) => s.items);
  const status = useSuggestions((s) => s.status);
  const [editing, setEditing] = useState<TopicSuggestion | null>(null);
  const pending = items.filter((s) => s.state === 'pending');
  const accepted = items.filter((s) => s.state === 'accepted').length;
  const rejected = items.filter((s) => s.state === 'rejected').length;

  return (
    <section className="panel side-card" aria-labelledby="queue-heading">
      <header className="side-card__header">
        <Icon name="inbox" size={18} className="side-card__icon" />
        <h3 className="panel__title" id="queue-heading" tabIndex={-1}>
          {t('room.suggestions.heading')}
        </h3>
        {pending.length > 0 ? (
          <span className="count-pill" data-testid="pending-count">
            {pending.length}
          </span>
        ) : null}
      </header>
      <div className="side-card__body">
        {pending.length > 0 ? (
          <ul className="suggestions" aria-label={t('room.suggestions.listLabel')}>
            {pending.map((s) => (
              <SuggestionItem key={s.id} suggestion={s} onEdit={setEditing} />
            ))}
          </ul>
        ) : status === 'ready' ? (
          <p className="side-card__text">{t('room.suggestions.empty')}</p>
        ) : null}
        {accepted + rejected > 0 ? (
          <p className="side-card__foot muted">{t('room.suggestions.handled', { accepted, rejected })}</p>
        ) : null}
      </div>
      <AcceptDialog suggestion={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
