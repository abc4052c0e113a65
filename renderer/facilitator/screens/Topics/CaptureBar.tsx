/**
 * Keyboard-first capture: type a title, Enter, next. All input state is local to this
 * component so typing never re-renders the wall of cards below (300 topics stay smooth).
 * Enter in any field adds the topic; Shift+Enter makes a new line in the pitch.
 */
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { ProposerOptions } from '../../components/ProposerOptions.tsx';
import { errorField, inlineMessage } from '../../lib/errors.ts';
import { addTopic } from '../../store/topics.ts';

export function CaptureBar({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [proposer, setProposer] = useState('');
  const [theme, setTheme] = useState<Theme | ''>('');
  const [pitch, setPitch] = useState('');
  const [pitchOpen, setPitchOpen] = useState(false);
  const [error, setError] = useState<{ field: 'title' | 'pitch' | 'proposer'; message: string } | null>(null);
  const [lastAdded, setLastAdded] = useState<string | null>(null);

  const submit = async () => {
    const topic = { title: title.trim(), proposer: proposer.trim(), pitch: pitch.trim(), theme: theme || null };
    if (!topic.title) {
      setError({ field: 'title', message: t('topics.errors.titleRequired') });
      titleRef.current?.focus();
      return;
    }
    // Clear at once so the next title can be typed while this one is saved.
    setError(null);
    setTitle('');
    setProposer('');
    setPitch('');
    titleRef.current?.focus();
    const result = await addTopic(workshopId, topic);
    if (result.ok) {
      setLastAdded(t('topics.added', { seq: result.value.seq, title: result.value.title }));
      return;
    }
    // Give the text back (unless something new was typed) and say what was wrong.
    setTitle((current) => current || topic.title);
    setProposer((current) => current || topic.proposer);
    setPitch((current) => current || topic.pitch);
    if (topic.pitch) setPitchOpen(true);
    const field = errorField(result.error);
    setError({
      field: field === 'pitch' || field === 'proposer' ? field : 'title',
      message: inlineMessage(result.error),
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void submit();
  };

  const errorId = `${ids}-error`;
  const describedBy = (field: 'title' | 'pitch' | 'proposer') =>
    error?.field === field ? errorId : field === 'title' ? `${ids}-hint` : undefined;

  return (
    <section className="capture" aria-labelledby={`${ids}-heading`}>
      <h2 className="visually-hidden" id={`${ids}-heading`}>
        {t('topics.captureHeading')}
      </h2>
      {/* DOM order is the Tab order (title → proposer → theme → pitch → Add); the grid puts the button beside the title. */}
      <form
        className="capture__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="capture__main">
          <label className="visually-hidden" htmlFor={`${ids}-title`}>
            {t('topics.titleLabel')}
          </label>
          <Icon name="bulb" size={22} className="capture__icon" />
          <input
            ref={titleRef}
            id={`${ids}-title`}
            className="capture__title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('topics.titlePlaceholder')}
            maxLength={200}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: capture is this screen's one job; the facilitator types right away
            autoFocus
            aria-invalid={error?.field === 'title' || undefined}
            aria-describedby={describedBy('title')}
            data-testid="topic-capture-title"
          />
        </div>
        <div className="capture__details">
          <div className="capture__field">
            <label className="capture__label" htmlFor={`${ids}-proposer`}>
              {t('topics.proposer')}
            </label>
            <input
              id={`${ids}-proposer`}
              className="input input--sm"
              list={`${ids}-people`}
              value={proposer}
              onChange={(e) => setProposer(e.target.value)}
              onKeyDown={onKeyDown}
              placeholder={t('topics.proposerPlaceholder')}
              maxLength={120}
              autoComplete="off"
              aria-invalid={error?.field === 'proposer' || undefined}
              aria-describedby={describedBy('proposer')}
            />
            <ProposerOptions id={`${ids}-people`} />
          </div>
          <div className="capture__field">
            <label className="capture__label" htmlFor={`${ids}-theme`}>
              {t('topics.theme')}
            </label>
            <div className="theme-select">
              <span className={`theme-select__dot ${theme ? `theme--${theme}` : ''}`} aria-hidden="true" />
              <select
                id={`${ids}-theme`}
                className="input input--sm select"
                value={theme}
                onChange={(e) => setTheme(e.target.value as Theme | '')}
                onKeyDown={onKeyDown}
              >
                <option value="">{t('theme.none')}</option>
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(`theme.${th}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button
            type="button"
            className="capture__pitch-toggle"
            aria-expanded={pitchOpen}
            aria-controls={`${ids}-pitch-area`}
            onClick={() => {
              setPitchOpen((open) => !open);
              if (!pitchOpen) requestAnimationFrame(() => document.getElementById(`${ids}-pitch`)?.focus());
            }}
          >
            <Icon name={pitchOpen ? 'chevronDown' : 'chevronRight'} size={16} />
            {pitchOpen ? t('topics.hidePitch') : t('topics.addPitch')}
          </button>
          <p className="capture__hint" id={`${ids}-hint`}>
            {t('topics.captureHint')}
          </p>
        </div>
        <div id={`${ids}-pitch-area`} className="capture__pitch" hidden={!pitchOpen}>
          <label className="capture__label" htmlFor={`${ids}-pitch`}>
            {t('topics.pitch')}
          </label>
          <textarea
            id={`${ids}-pitch`}
            className="input textarea"
            rows={3}
            value={pitch}
            onChange={(e) => setPitch(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('topics.pitchPlaceholder')}
            maxLength={2000}
            aria-invalid={error?.field === 'pitch' || undefined}
            aria-describedby={describedBy('pitch')}
          />
        </div>
        <div className="capture__submit">
          <Button type="submit" variant="primary" icon="plus">
            {t('topics.add')}
            <span className="kbd" aria-hidden="true">
              ↵
            </span>
          </Button>
        </div>
        {error ? (
          <p className="field__error capture__error" id={errorId} role="alert">
            {error.message}
          </p>
        ) : null}
      </form>
      <p className="visually-hidden" aria-live="polite">
        {lastAdded}
      </p>
    </section>
  );
}
