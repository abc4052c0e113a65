/**
 * Merging duplicates: two topics or more become one (the facilitator picks the one kept), or two
 * groups become one. Each dialog says how the votes already cast follow
 * (electron/core/services/mergeVotes.ts): a phone that voted for several counts at most the
 * round's limit per item, an approval once, jurors keep the kept item's scores, and counts typed
 * in from paper or a show of hands add up.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/grouping.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { TopicItem } from '../../store/topics.ts';

interface MergeTopicsProps {
  topics: readonly TopicItem[];
  onMerge: (intoId: string, fromIds: string[]) => Promise<boolean>;
  onClose: () => void;
}

/** The earliest proposed is offered as the one kept. */
export const defaultKept = (topics: readonly TopicItem[]): string | undefined =>
  [...topics].sort((a, b) => a.seq - b.seq)[0]?.id;

function VotesNote({ kind }: { kind: 'topics' | 'groups' }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info merge__votes">
      <Icon name="vote" size={18} />
      <p>{t(`groups.merge.votes.${kind}`)}</p>
    </div>
  );
}

export function MergeTopicsDialog({ topics, onMerge, onClose }: MergeTopicsProps) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(() => defaultKept(topics) ?? '');
  const [busy, setBusy] = useState(false);
  const name = useId();
  const keptTopic = topics.find((x) => x.id === kept);

  const submit = async () => {
    if (!keptTopic) return;
    setBusy(true);
    const done = await onMerge(
      keptTopic.id,
      topics.filter((x) => x.id !== keptTopic.id).map((x) => x.id),
    );
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('groups.merge.topicsTitle', { count: topics.length })}
      description={t('groups.merge.topicsLead')}
      onSubmit={() => void submit()}
      size="lg"
      testId="merge-topics-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!keptTopic}>
            {t('groups.merge.topicsSubmit', { seq: keptTopic?.seq ?? '' })}
          </Button>
        </>
      }
    >
      <fieldset className="merge__choices">
        <legend className="field__label">{t('groups.merge.keep')}</legend>
        {topics.map((topic) => (
          <label key={topic.id} className={`merge__choice${kept === topic.id ? ' merge__choice--kept' : ''}`}>
            <input
              type="radio"
              name={name}
              value={topic.id}
              checked={kept === topic.id}
              onChange={() => setKept(topic.id)}
              data-autofocus={kept === topic.id ? true : undefined}
            />
            <span className="merge__text">
              <span className="merge__title">
                <span className="merge__seq">#{topic.seq}</span> <bdi>{topic.title}</bdi>
              </span>
              <span className="merge__meta">
                {topic.proposer ? (
                  <>
                    {t('topics.proposedBy')} <bdi>{topic.proposer}</bdi>
                  </>
                ) : (
                  t('groups.merge.noProposer')
                )}
              </span>
            </span>
            {kept === topic.id ? <span className="merge__badge">{t('groups.merge.kept')}</span> : null}
          </label>
        ))}
      </fieldset>
      <p className="merge__after">{t('groups.merge.topicsAfter')}</p>
      <VotesNote kind="topics" />
    </Dialog>
  );
}

interface MergeGroupsProps {
  groups: readonly [Group, Group];
  onMerge: (intoId: string, fromId: string) => Promise<boolean>;
  onClose: () => void;
}

export function MergeGroupsDialog({ groups, onMerge, onClose }: MergeGroupsProps) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(groups[0].id);
  const [busy, setBusy] = useState(false);
  const name = useId();
  const into = groups.find((g) => g.id === kept) ?? groups[0];
  const from = groups.find((g) => g.id !== into.id) ?? groups[1];

  const submit = async () => {
    setBusy(true);
    const done = await onMerge(into.id, from.id);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('groups.merge.groupsTitle')}
      description={t('groups.merge.groupsLead')}
      onSubmit={() => void submit()}
      testId="merge-groups-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('groups.merge.groupsSubmit')}
          </Button>
        </>
      }
    >
      <fieldset className="merge__choices">
        <legend className="field__label">{t('groups.merge.keepName')}</legend>
        {groups.map((group) => (
          <label
            key={group.id}
            className={`merge__choice gcolor--${group.color}${kept === group.id ? ' merge__choice--kept' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={group.id}
              checked={kept === group.id}
              onChange={() => setKept(group.id)}
              data-autofocus={kept === group.id ? true : undefined}
            />
            <span className="merge__swatch" aria-hidden="true" />
            <span className="merge__text">
              <span className="merge__title">
                <bdi>{group.title}</bdi>
              </span>
              <span className="merge__meta">{t('count.topics', { count: group.topicIds.length })}</span>
            </span>
            {kept === group.id ? <span className="merge__badge">{t('groups.merge.kept')}</span> : null}
          </label>
        ))}
      </fieldset>
      <VotesNote kind="groups" />
    </Dialog>
  );
}
