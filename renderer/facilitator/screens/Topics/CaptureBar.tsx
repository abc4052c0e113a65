/**
 * Keyboard-first capture: type a title, Enter, next. All input state is local to this
 * component so typing never re-renders the wall of cards below (300 topics stay smooth).
 * Enter in any field adds the topic; Shift+Enter makes a new line in the pitch.
 *
 * - After each add the whole bar is cleared — title, proposer, theme and pitch alike. Each
 *   topic is a new card from (usually) a new person: a theme or a name that stayed from the
 *   previous topic would tag the next one without anyone noticing, which is worse than typing
 *   it again. Both are one Tab away, and the failed-add path gives everything back.
 * - The draft is kept on this computer per workshop (storedDraft.ts): a reload or a crash in
 *   the middle of a title brings it back; it is forgotten once the topic is added.
 * - Nothing is cut: a title, a proposer or a pitch over the core's limit says so, with a
 *   counter as it comes near and a one-click "keep the first N characters"; it is not added.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, THEMES, type Theme } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../components/isolate.ts';
import { ProposerOptions } from '../../components/ProposerOptions.tsx';
import { hasStrings, readDraft, writeDraft } from '../../components/storedDraft.ts';
import { checkLength, shortenTo } from '../../components/textLimit.ts';
import { errorField, inlineMessage } from '../../lib/errors.ts';
import { addTopic } from '../../store/topics.ts';

type CaptureField = 'title' | 'pitch' | 'proposer';

const CAPTURE_LIMITS: Record<CaptureField, number> = {
  title: LIMITS.title,
  proposer: LIMITS.name,
  pitch: LIMITS.pitch,
};

interface CaptureDraft {
  title: string;
  proposer: string;
  theme: string;
  pitch: string;
}

const DRAFT_KEYS = ['title', 'proposer', 'theme', 'pitch'] as const;
const isCaptureDraft = (value: unknown): value is CaptureDraft => hasStrings(value, DRAFT_KEYS);
const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);
const draftKey = (workshopId: string) => `capture.${workshopId}`;

export function CaptureBar({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // Read once: what was being typed before a reload.
  const [stored] = useState(() => readDraft(draftKey(workshopId), isCaptureDraft));
  const [title, setTitle] = useState(stored?.title ?? '');
  const [proposer, setProposer] = useState(stored?.proposer ?? '');
  const [theme, setTheme] = useState<Theme | ''>(stored && isTheme(stored.theme) ? stored.theme : '');
  const [pitch, setPitch] = useState(stored?.pitch ?? '');
  const [pitchOpen, setPitchOpen] = useState(Boolean(stored?.pitch));
  // 'over': refused for a text over its limit (its message follows the text as it is edited).
  const [error, setError] = useState<{
    field: CaptureField;
    message: string;
    kind: 'required' | 'over' | 'core';
  } | null>(null);
  const [lastAdded, setLastAdded] = useState<string | null>(null);

  // Kept as typed, forgotten when the bar is empty again (after an add).
  useEffect(() => {
    const empty = !title && !proposer && !theme && !pitch;
    writeDraft(draftKey(workshopId), empty ? null : { title, proposer, theme, pitch });
  }, [workshopId, title, proposer, theme, pitch]);

  const values: Record<CaptureField, string> = { title, proposer, pitch };
  const checks = {
    title: checkLength(title, CAPTURE_LIMITS.title),
    proposer: checkLength(proposer, CAPTURE_LIMITS.proposer),
    pitch: checkLength(pitch, CAPTURE_LIMITS.pitch),
  };
  const overField = (['title', 'proposer', 'pitch'] as const).find((f) => checks[f].over > 0) ?? null;
  const number = new Intl.NumberFormat(i18n.language);
  const overMessage = (field: CaptureField) =>
    t(`topics.tooLong.${field}`, {
      count: checks[field].over,
      n: number.format(checks[field].over),
      length: number.format(checks[field].length),
      max: number.format(CAPTURE_LIMITS[field]),
    });

  const focusField = (field: CaptureField) => {
    if (field === 'title') titleRef.current?.focus();
    else {
      if (field === 'pitch') setPitchOpen(true);
      requestAnimationFrame(() => document.getElementById(`${ids}-${field}`)?.focus());
    }
  };

  const shorten = (field: CaptureField) => {
    const short = shortenTo(values[field], CAPTURE_LIMITS[field]);
    if (field === 'title') setTitle(short);
    else if (field === 'proposer') setProposer(short);
    else setPitch(short);
    setError(null);
    focusField(field);
  };

  const submit = async () => {
    const topic = { title: title.trim(), proposer: proposer.trim(), pitch: pitch.trim(), theme: theme || null };
    if (!topic.title) {
      setError({ field: 'title', message: t('topics.errors.titleRequired'), kind: 'required' });
      titleRef.current?.focus();
      return;
    }
    if (overField) {
      // Refused, not cut: the field keeps every character and says how much is over.
      setError({ field: overField, message: overMessage(overField), kind: 'over' });
      focusField(overField);
      return;
    }
    // Clear at once so the next title can be typed while this one is saved.
    setError(null);
    setTitle('');
    setProposer('');
    setTheme('');
    setPitch('');
    titleRef.current?.focus();
    const result = await addTopic(workshopId, topic);
    if (result.ok) {
      setLastAdded(t('topics.added', { seq: result.value.seq, title: isolate(result.value.title) }));
      return;
    }
    // Give the text back (unless something new was typed) and say what was wrong.
    setTitle((current) => current || topic.title);
    setProposer((current) => current || topic.proposer);
    setTheme((current) => current || (topic.theme ?? ''));
    setPitch((current) => current || topic.pitch);
    if (topic.pitch) setPitchOpen(true);
    const field = errorField(result.error);
    setError({
      field: field === 'pitch' || field === 'proposer' ? field : 'title',
      message: inlineMessage(result.error),
      kind: 'core',
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void submit();
  };

  // The message shown: the last refusal while it is still true, else a text over its limit
  // (live, as it is typed or pasted).
  const stillTrue =
    error !== null &&
    !(error.kind === 'over' && checks[error.field].over === 0) &&
    !(error.kind === 'required' && title.trim() !== '');
  const shown: { field: CaptureField; message: string; over: boolean; refused: boolean } | null = stillTrue
    ? {
        field: error.field,
        message: error.kind === 'over' ? overMessage(error.field) : error.message,
        over: error.kind === 'over',
        refused: true,
      }
    : overField
      ? { field: overField, message: overMessage(overField), over: true, refused: false }
      : null;

  const errorId = `${ids}-error`;
  const describedBy = (field: CaptureField) =>
    [
      shown?.field === field ? errorId : field === 'title' ? `${ids}-hint` : '',
      checks[field].near && shown?.field !== field ? `${ids}-${field}-counter` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const counter = (field: CaptureField) => {
    const check = checks[field];
    if (!check.near) return null;
    const v = { length: number.format(check.length), max: number.format(check.limit) };
    return (
      <span
        className={`capture__counter${check.over > 0 ? ' capture__counter--over' : ''}`}
        id={`${ids}-${field}-counter`}
        data-testid={`capture-${field}-counter`}
      >
        <span aria-hidden="true">{t('field.counter', v)}</span>
        <span className="visually-hidden">{t('field.counterSpoken', v)}</span>
      </span>
    );
  };

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
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: capture is this screen's one job; the facilitator types right away
            autoFocus
            aria-invalid={shown?.field === 'title' || undefined}
            aria-describedby={describedBy('title')}
            data-testid="topic-capture-title"
          />
          {counter('title')}
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
              autoComplete="off"
              aria-invalid={shown?.field === 'proposer' || undefined}
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
          <div className="capture__pitch-head">
            <label className="capture__label" htmlFor={`${ids}-pitch`}>
              {t('topics.pitch')}
            </label>
            {counter('pitch')}
          </div>
          <textarea
            id={`${ids}-pitch`}
            className="input textarea"
            rows={3}
            value={pitch}
            onChange={(e) => setPitch(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('topics.pitchPlaceholder')}
            aria-invalid={shown?.field === 'pitch' || undefined}
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
        {shown ? (
          <div className="capture__error">
            {/* role=alert only for what Enter was refused for; a limit crossed while typing is shown, not shouted. */}
            <p
              className="field__error"
              id={errorId}
              role={shown.refused ? 'alert' : undefined}
              data-testid="capture-error"
            >
              {shown.message}
            </p>
            {shown.over ? (
              <Button size="sm" onClick={() => shorten(shown.field)}>
                {t(`topics.keepFirst`, { max: number.format(CAPTURE_LIMITS[shown.field]) })}
              </Button>
            ) : null}
          </div>
        ) : null}
      </form>
      <p className="visually-hidden" aria-live="polite">
        {lastAdded}
      </p>
    </section>
  );
}
