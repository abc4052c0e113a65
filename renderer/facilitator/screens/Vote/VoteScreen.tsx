/**
 * The Vote stage: the rounds, then the selected round's live results, typed-in counts and jury
 * scores. The room controls it used to hold (phones, the projected screen, the proposals from
 * phones) are in the room bar and panel every workshop screen shares (renderer/facilitator/room/).
 */
import './vote.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { defaultRound, useRounds, useSelectedRound } from '../../store/rounds.ts';
import { paths } from '../../store/router.ts';
import { useTopics } from '../../store/topics.ts';
import { RoundDialog } from './RoundDialog.tsx';
import { RoundList } from './RoundList.tsx';
import { RoundPanel } from './RoundPanel.tsx';

type Editing = { round: Round | null } | null;

// One empty list, so the store selector below returns the same value while another workshop's rounds load.
const NO_ROUNDS: Round[] = [];

function RoundsSection({
  workshopId,
  rounds,
  selected,
  onNew,
}: {
  workshopId: string;
  rounds: readonly Round[];
  selected: Round | null;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const status = useRounds((s) => s.status);
  const topicCount = useTopics((s) => s.items.filter((x) => !x.pending).length);

  return (
    <section className="panel rounds" aria-labelledby="rounds-heading">
      <header className="panel__header panel__header--split rounds__header">
        <div>
          <h2 className="panel__title" id="rounds-heading" tabIndex={-1}>
            {t('vote.rounds.title')}
          </h2>
          <p className="panel__lead">{t('vote.rounds.lead')}</p>
        </div>
        <Button variant="primary" icon="plus" onClick={onNew} disabled={topicCount === 0}>
          {t('vote.rounds.new')}
        </Button>
      </header>
      {rounds.length > 0 ? (
        <RoundList rounds={rounds} selectedId={selected?.id ?? null} />
      ) : status === 'ready' ? (
        <EmptyState
          icon="vote"
          title={t('vote.rounds.emptyTitle')}
          level={3}
          action={
            topicCount === 0 ? (
              <a className="btn btn--secondary btn--md" href={paths.tab(workshopId, 'topics')}>
                {t('vote.rounds.goToTopics')}
              </a>
            ) : null
          }
        >
          {topicCount === 0 ? t('vote.rounds.emptyNoTopics') : t('vote.rounds.emptyText')}
        </EmptyState>
      ) : (
        <div className="panel--loading" aria-busy="true" />
      )}
    </section>
  );
}

export function VoteScreen({ workshopId }: { workshopId: string }) {
  const rounds = useRounds((s) => (s.workshopId === workshopId ? s.items : NO_ROUNDS));
  const selectedId = useSelectedRound((s) => s.roundId);
  const selected = rounds.find((r) => r.id === selectedId) ?? defaultRound(rounds);
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <div className="vote">
      <RoundsSection
        workshopId={workshopId}
        rounds={rounds}
        selected={selected}
        onNew={() => setEditing({ round: null })}
      />
      {selected ? (
        <RoundPanel key={selected.id} round={selected} onEdit={() => setEditing({ round: selected })} />
      ) : null}
      <RoundDialog
        open={editing !== null}
        workshopId={workshopId}
        round={editing?.round ?? null}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
