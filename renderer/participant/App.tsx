/**
 * The phone page, served by the participant server at /j/<CODE> (the join code on the projected
 * screen) and /t/<TICKET> (a printed ticket's QR code): join (a name is optional), wait in line
 * if the room is full until the facilitator lets the phone in, then vote in the round the room is
 * on, and propose topics. It keeps working through a flaky venue Wi-Fi: taps are queued and
 * retried, the state is re-read on return.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeForm } from './components/CodeForm.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { Header } from './components/Header.tsx';
import { JoinForm } from './components/JoinForm.tsx';
import { Lobby } from './components/Lobby.tsx';
import { NoticeToast } from './components/NoticeToast.tsx';
import { BadTicket, TicketUsed } from './components/TicketProblem.tsx';
import { WorkshopClosed } from './components/WorkshopClosed.tsx';
import { catchUpWhenVisible } from './store/events.ts';
import { usePhone } from './store/phoneStore.ts';
import { pollShownResults } from './store/resultsPoll.ts';
import { start } from './store/session.ts';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('phone.loading')}
    </p>
  );
}

export function App() {
  const { t } = useTranslation();
  const phase = usePhone((s) => s.phase);
  const title = usePhone((s) => s.state?.workshop.title);

  useEffect(() => {
    if (usePhone.getState().phase === 'starting') start();
    const stopCatchingUp = catchUpWhenVisible();
    const stopPolling = pollShownResults();
    return () => {
      stopCatchingUp();
      stopPolling();
    };
  }, []);

  useEffect(() => {
    document.title = title ? `${title} · ${t('phone.windowTitle')}` : `${t('phone.windowTitle')} · Agora`;
  }, [t, title]);

  let body: React.ReactNode;
  if (phase === 'join' || phase === 'joining') body = <JoinForm />;
  else if (phase === 'badCode') body = <CodeForm />;
  else if (phase === 'badTicket') body = <BadTicket />;
  else if (phase === 'ticketUsed') body = <TicketUsed />;
  else if (phase === 'ready') body = <Lobby />;
  else if (phase === 'closed') body = <WorkshopClosed />;
  else body = <Loading />;

  return (
    <div className="phone">
      <Header />
      <ConnectionBanner />
      <main className="phone__main">{body}</main>
      <NoticeToast />
    </div>
  );
}
