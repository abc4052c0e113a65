/**
 * The room panel, beside any workshop screen: the phones (participant server, join code, address,
 * QR, network, a new code) and the queue of topics proposed from phones. Not modal: the screen
 * beside it stays usable, so the join code can stay in view while a vote runs. Escape or the close
 * button puts it away and gives focus back to the room bar.
 */
import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../components/Button.tsx';
import { ModerationQueue } from './ModerationQueue.tsx';
import { PhonesPanel } from './PhonesPanel.tsx';
import { closeRoomPanel, focusHandled, ROOM_PANEL_ID, SECTION_HEADINGS, useRoomPanel } from './panel.ts';

/**
 * Keeps the panel's bottom above the room bar: the panel scrolls inside itself, and its height
 * follows where it starts on screen (below the workshop's header at first, under the top bar once
 * the page scrolls and it sticks there). CSS alone knows only the stuck position.
 */
function useFitAboveRoomBar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      // Floating over the screen (narrow windows), the panel is sized by the CSS.
      if (getComputedStyle(panel).position === 'fixed') {
        panel.style.maxHeight = '';
        return;
      }
      const bar = document.querySelector('.roombar')?.getBoundingClientRect().top ?? window.innerHeight;
      panel.style.maxHeight = `${Math.max(240, bar - panel.getBoundingClientRect().top - 16)}px`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref]);
}

export function RoomPanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const focus = useRoomPanel((s) => s.focus);
  const panel = useRef<HTMLElement>(null);
  useFitAboveRoomBar(panel);

  useEffect(() => {
    const box = panel.current;
    const heading = focus ? document.getElementById(SECTION_HEADINGS[focus]) : null;
    if (!box || !heading) return;
    heading.focus({ preventScroll: true });
    // The section to the top of the panel (which scrolls inside itself), the page left where it is.
    const section = heading.closest('section') ?? heading;
    const header = box.querySelector('.room-panel__header')?.getBoundingClientRect().height ?? 0;
    box.scrollTop += section.getBoundingClientRect().top - box.getBoundingClientRect().top - header - 8;
    focusHandled();
  }, [focus]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // A dialog opened from the panel (new code, edit a proposal) handles its own Escape.
    if (e.key !== 'Escape' || e.defaultPrevented || (e.target as Element).closest('dialog')) return;
    e.preventDefault();
    closeRoomPanel();
  };

  return (
    <aside
      ref={panel}
      id={ROOM_PANEL_ID}
      className="room-panel"
      aria-labelledby="room-panel-title"
      onKeyDown={onKeyDown}
    >
      <header className="room-panel__header">
        <h2 className="room-panel__title" id="room-panel-title">
          {t('room.panel.title')}
        </h2>
        <IconButton icon="close" label={t('room.panel.close')} onClick={closeRoomPanel} />
      </header>
      <PhonesPanel workshopId={workshopId} />
      <ModerationQueue />
    </aside>
  );
}
