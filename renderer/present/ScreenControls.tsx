/**
 * The few controls a projected screen needs, out of the room's way: a hint that F toggles full
 * screen (it fades after a few seconds and comes back when the mouse moves), a full-screen
 * button and the language switch for mouse users, and a hidden cursor while nobody moves it.
 * The first key press or click also unlocks sound for the countdown's chime.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIVE_NAMES, WINDOW_LANGUAGES } from '../shared/i18n/languages.ts';
import { presentI18n } from './i18n.ts';
import { unlockAudio } from './lib/chime.ts';

const AWAKE_MS = 4000;

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

function nextLanguage(current: string) {
  const index = WINDOW_LANGUAGES.indexOf(current as (typeof WINDOW_LANGUAGES)[number]);
  return WINDOW_LANGUAGES[(index + 1) % WINDOW_LANGUAGES.length] ?? 'en';
}

export function ScreenControls({ blank }: { blank: boolean }) {
  const { t, i18n } = useTranslation();
  const [awake, setAwake] = useState(true);
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const wake = useCallback(() => {
    setAwake(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setAwake(false), AWAKE_MS);
  }, []);

  useEffect(() => {
    wake();
    const onPointer = () => {
      unlockAudio();
      wake();
    };
    const onKey = (event: KeyboardEvent) => {
      unlockAudio();
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const key = event.key.toLowerCase();
      if (key === 'f') {
        event.preventDefault();
        toggleFullscreen();
      } else if (key === 'l') {
        presentI18n.choose(nextLanguage(presentI18n.i18n.language));
        wake();
      } else if (key === 'tab') {
        wake();
      }
    };
    const onFullscreen = () => setFullscreen(Boolean(document.fullscreenElement));
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [wake]);

  // No cursor over the projected image while nobody moves the mouse.
  useEffect(() => {
    document.body.classList.toggle('cursor-hidden', !awake);
  }, [awake]);

  return (
    <div
      className={`controls${awake ? ' controls--awake' : ''}${blank ? ' controls--blank' : ''}`}
      data-testid="screen-controls"
    >
      <p className="controls__hint">{fullscreen ? t('present.controls.exitHint') : t('present.controls.hint')}</p>
      <button type="button" className="controls__button" onClick={toggleFullscreen}>
        {fullscreen ? t('present.controls.exitFullscreen') : t('present.controls.fullscreen')}
      </button>
      <fieldset className="controls__languages">
        <legend className="visually-hidden">{t('present.controls.language')}</legend>
        {WINDOW_LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="controls__button controls__button--lang"
            aria-pressed={i18n.language === language}
            aria-label={NATIVE_NAMES[language]}
            onClick={() => presentI18n.choose(language)}
          >
            {language.toUpperCase()}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
