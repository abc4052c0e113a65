import './setup.css';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon.tsx';
import { useParticipants } from '../../store/participants.ts';
import { useRooms } from '../../store/rooms.ts';
import { paths, SETUP_SECTIONS, type SetupSection } from '../../store/router.ts';
import { useSlots } from '../../store/slots.ts';
import { DetailsSection } from './Details.tsx';
import { ParticipantsSection } from './Participants.tsx';
import { RoomsSection } from './Rooms.tsx';
import { SlotsSection } from './Slots.tsx';

const SECTION_ICONS: Record<SetupSection, IconName> = {
  details: 'file',
  rooms: 'door',
  slots: 'clock',
  participants: 'users',
};

function SetupNav({ workshopId, section }: { workshopId: string; section: SetupSection }) {
  const { t } = useTranslation();
  const rooms = useRooms((s) => s.items.length);
  const slots = useSlots((s) => s.items.length);
  const participants = useParticipants((s) => s.items.length);
  const counts: Partial<Record<SetupSection, number>> = { rooms, slots, participants };
  return (
    <nav className="subnav" aria-label={t('setup.sections')}>
      <ul>
        {SETUP_SECTIONS.map((s) => {
          const count = counts[s];
          return (
            <li key={s}>
              <a
                className="subnav__link"
                href={paths.setup(workshopId, s)}
                aria-current={s === section ? 'page' : undefined}
              >
                <Icon name={SECTION_ICONS[s]} size={18} />
                <span className="subnav__label">{t(`setup.section.${s}`)}</span>
                {count !== undefined ? <span className="subnav__count">{count}</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function SetupScreen({ workshopId, section }: { workshopId: string; section: SetupSection }) {
  return (
    <div className="setup">
      <SetupNav workshopId={workshopId} section={section} />
      <div className="setup__content">
        {section === 'details' ? (
          <DetailsSection workshopId={workshopId} />
        ) : section === 'rooms' ? (
          <RoomsSection workshopId={workshopId} />
        ) : section === 'slots' ? (
          <SlotsSection workshopId={workshopId} />
        ) : (
          <ParticipantsSection workshopId={workshopId} />
        )}
      </div>
    </div>
  );
}
