/**
 * Create or edit a vote round: the question, the method, the items, the budget (with the
 * suggested value: about a third of the items), the jury's criteria and the switches (named
 * votes, hidden results, ticket holders only).
 * Once votes are in, the core only lets the question and the results' visibility change; the
 * other fields are shown locked, with the reason.
 */
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/grouping.ts';
import type { AgoraError } from '../../../../shared/result.ts';
import {
  type Round,
  type RoundShape,
  suggestedBudget,
  type TargetKind,
  VOTE_LIMITS,
  VOTE_METHODS,
} from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { checkLength } from '../../components/textLimit.ts';
import { inlineMessage } from '../../lib/errors.ts';
import { useGroups } from '../../store/groups.ts';
import { useResults } from '../../store/results.ts';
import { createRound, updateRound } from '../../store/rounds.ts';
import { showToast } from '../../store/toasts.ts';
import { useTopics } from '../../store/topics.ts';
import { CriteriaEditor, criterionInputId } from './CriteriaEditor.tsx';
import { ItemsPicker, KindPicker } from './ItemsPicker.tsx';
import { coreMessage } from './messages.ts';
import {
  candidatesFor,
  type DraftErrors,
  type DraftField,
  draftFromRound,
  followSuggestion,
  itemIdsFor,
  newDraft,
  type RoundDraft,
  toRoundShape,
  type VoteSources,
  votable,
  withKind,
} from './roundForm.ts';

/** "Choose at least one …" in the words of the round's kind. */
const ITEMS_NEEDED: Record<TargetKind, string> = {
  topic: 'vote.errors.itemsNeeded',
  group: 'vote.form.itemsNeededGroups',
  session: 'vote.form.itemsNeededSessions',
};
/** While the board is not loaded (or is another workshop's): a stable empty list. */
const NO_GROUPS: readonly Group[] = [];

/** The dialog field a core error points at ("round.maxPerItem", "patch.budget", "targets.ids"…). */
function draftField(error: AgoraError): DraftField | null {
  const path = error.field?.replace(/^(round|patch|targets)\./, '') ?? '';
  const head = path.split('.')[0] ?? '';
  if (head === 'ids' || head === 'targetIds' || head === 'targets' || head === 'items') return 'items';
  const known: DraftField[] = [
    'question',
    'method',
    'budget',
    'maxPerItem',
    'criteria',
    'named',
    'hideResults',
    'ticketOnly',
  ];
  return known.find((f) => f === head) ?? null;
}

/**
 * Only what changed: the core refuses to touch the method, budget or criteria once votes are in.
 * Fields the method does not use (a scoring round's budget, an approval's maximum per item) are
 * left as they are rather than reset to the form's placeholder values.
 */
function changes(round: Round, shape: RoundShape): Partial<RoundShape> {
  const unused = new Set<keyof RoundShape>(
    shape.method === 'scoring' ? ['budget', 'maxPerItem'] : shape.method === 'approval' ? ['maxPerItem'] : [],
  );
  const patch: Partial<RoundShape> = {};
  for (const key of Object.keys(shape) as (keyof RoundShape)[]) {
    if (unused.has(key)) continue;
    if (JSON.stringify(shape[key]) !== JSON.stringify(round[key])) Object.assign(patch, { [key]: shape[key] });
  }
  return patch;
}

/** An on/off setting with its explanation; the explanation is the description, not part of the name. */
function Switch({
  label,
  hint,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  hint: ReactNode;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="toggle-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div className="toggle-row__text">
        <label htmlFor={id} className="toggle-row__label">
          {label}
        </label>
        <p className="toggle-row__hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
    </div>
  );
}

interface RoundFormProps {
  workshopId: string;
  /** null: a new round. */
  round: Round | null;
  onClose: () => void;
}

function RoundForm({ workshopId, round, onClose }: RoundFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const allTopics = useTopics((s) => s.items);
  const topics = useMemo(() => votable(allTopics), [allTopics]);
  const groups = useGroups((s) => (s.workshopId === workshopId && s.board ? s.board.groups : NO_GROUPS));
  const sources: VoteSources = useMemo(() => ({ topics, groups }), [topics, groups]);
  const votesIn = useResults((s) => {
    const r = round ? s.byRound[round.id] : undefined;
    // Ballots freeze the rules; typed-in counts do not (they are the facilitator's own).
    return !!r && (r.voters > 0 || r.ballotTotal > 0);
  });
  const [draft, setDraft] = useState<RoundDraft>(() =>
    round
      ? draftFromRound(round, sources)
      : newDraft(sources, [t('vote.form.defaultCriterion1'), t('vote.form.defaultCriterion2')]),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);

  const kind = draft.itemsKind;
  const candidates = useMemo(() => candidatesFor(kind, sources), [kind, sources]);
  const counts = useMemo(
    () => ({
      topic: topics.length,
      group: groups.length,
      session: candidatesFor('session', sources).length,
    }),
    [topics, groups, sources],
  );
  const itemIds = itemIdsFor(kind, draft.itemsMode, sources, draft.picked);
  const suggestion = suggestedBudget(itemIds.length);
  const locked = votesIn;

  /** Changes the items; an untouched budget follows the suggestion for the new count. */
  const setItems = (patch: Partial<Pick<RoundDraft, 'itemsMode' | 'picked'>>) =>
    setDraft((d) => followSuggestion({ ...d, ...patch }, sources));

  const set = <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    setFormError(null);
    // A text over its limit says so where it is typed; it is not cut, and not saved.
    if (checkLength(draft.question, VOTE_LIMITS.question).over > 0) {
      document.getElementById(`${ids}-question`)?.focus();
      return;
    }
    const longCriterion =
      draft.method === 'scoring'
        ? draft.criteria.find((c) => checkLength(c.label, VOTE_LIMITS.criterionLabel).over > 0)
        : undefined;
    if (longCriterion) {
      const id = criterionInputId(longCriterion.rowKey);
      document.getElementById(id)?.focus();
      // The row's message is under the field: bring it into sight too.
      document.getElementById(`${id}-error`)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const checked = toRoundShape(draft, itemIds, {
      questionRequired: t('vote.errors.questionRequired'),
      budgetRange: t('vote.errors.budgetRange', { max: VOTE_LIMITS.budget }),
      maxPerItemRange: t('vote.errors.maxPerItemRange', { max: VOTE_LIMITS.budget }),
      maxOverBudget: t('vote.errors.maxOverBudget'),
      criteriaNeeded: t('vote.errors.criteriaNeeded'),
      criterionLabel: t('vote.errors.criterionLabel'),
      criterionWeight: t('vote.errors.criterionWeight'),
      itemsNeeded: t(ITEMS_NEEDED[kind]),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    let result: Awaited<ReturnType<typeof createRound>>;
    if (round) {
      const before = round.items.map((i) => i.id);
      const itemsChanged = before.length !== itemIds.length || before.some((id, i) => id !== itemIds[i]);
      result = await updateRound(round.id, changes(round, checked.shape), itemsChanged ? itemIds : undefined);
    } else {
      // "All" is sent as no list, so the core takes every current target of the kind in its own order.
      result = await createRound(
        workshopId,
        checked.shape,
        draft.itemsMode === 'all' ? { kind } : { kind, ids: itemIds },
      );
    }
    setBusy(false);
    if (!result.ok) {
      const field = draftField(result.error);
      if (field) setErrors({ [field]: coreMessage(inlineMessage(result.error)) });
      else setFormError({ ...result.error, message: coreMessage(result.error.message) });
      return;
    }
    showToast({ tone: 'success', message: t(round ? 'vote.round.saved' : 'vote.round.created') });
    onClose();
  };

  const isDot = draft.method === 'dot';
  const isScoring = draft.method === 'scoring';

  return (
    <Dialog
      open
      onClose={onClose}
      title={round ? t('vote.form.editTitle') : t('vote.form.newTitle')}
      description={round ? undefined : t('vote.form.newDescription')}
      size="lg"
      onSubmit={() => void submit()}
      testId="round-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {round ? t('common.saveChanges') : t('vote.form.create')}
          </Button>
        </>
      }
    >
      <FormError error={formError} />
      {locked ? <p className="notice notice--info">{t('vote.form.lockedNotice')}</p> : null}
      <div className="form-grid round-form">
        <TextField
          id={`${ids}-question`}
          label={t('vote.form.question')}
          value={draft.question}
          onChange={(e) => set('question', e.target.value)}
          placeholder={t('vote.form.questionPlaceholder')}
          error={errors.question}
          limit={VOTE_LIMITS.question}
          required
          autoComplete="off"
          fieldClassName="span-2"
        />

        <fieldset className="field span-2" disabled={locked}>
          <legend className="field__label">{t('vote.form.method')}</legend>
          <div className="choice-cards">
            {VOTE_METHODS.map((method) => (
              <label key={method} className="choice-card">
                <input
                  type="radio"
                  name={`${ids}-method`}
                  value={method}
                  checked={draft.method === method}
                  onChange={() => set('method', method)}
                />
                <span className="choice-card__body">
                  <span className="choice-card__title">{t(`vote.method.${method}`)}</span>
                  <span className="choice-card__text">{t(`vote.methodHint.${method}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.method ? <p className="field__error">{errors.method}</p> : null}
        </fieldset>

        <div className="span-2">
          <KindPicker
            kind={kind}
            counts={counts}
            hasGroups={groups.length > 0}
            onKind={(next) => {
              setErrors(({ items: _, ...rest }) => rest);
              setDraft((d) => withKind(d, next, sources));
            }}
            fixed={round !== null}
            disabled={locked}
          />
        </div>

        <div className="span-2">
          <ItemsPicker
            key={kind}
            kind={kind}
            candidates={candidates}
            shortlisted={topics.filter((topic) => topic.status === 'shortlisted').length}
            mode={draft.itemsMode}
            picked={draft.picked}
            onMode={(itemsMode) =>
              // Switching to a hand-picked list starts from what the other choice had.
              setItems(
                itemsMode === 'pick' && draft.itemsMode !== 'pick' ? { itemsMode, picked: itemIds } : { itemsMode },
              )
            }
            onPicked={(picked) => setItems({ picked })}
            error={errors.items}
            disabled={locked}
          />
        </div>

        {isScoring ? (
          <div className="span-2">
            <CriteriaEditor
              criteria={draft.criteria}
              onChange={(criteria) => set('criteria', criteria)}
              error={errors.criteria}
              disabled={locked}
            />
          </div>
        ) : (
          <>
            <TextField
              label={isDot ? t('vote.form.budgetDot') : t('vote.form.budgetApproval')}
              inputMode="numeric"
              value={draft.budget}
              onChange={(e) => setDraft((d) => ({ ...d, budget: e.target.value, budgetTouched: true }))}
              error={errors.budget}
              disabled={locked}
              hint={
                <span className="budget-hint" data-testid="budget-suggestion">
                  {t('vote.form.budgetSuggested', { count: suggestion, items: itemIds.length })}
                  {String(suggestion) !== draft.budget.trim() && !locked ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        setDraft((d) => ({
                          ...d,
                          budget: String(suggestion),
                          budgetTouched: false,
                          maxPerItem: String(Math.max(1, Math.min(Number(d.maxPerItem) || 1, suggestion))),
                        }))
                      }
                    >
                      {t('vote.form.useSuggested', { count: suggestion })}
                    </button>
                  ) : null}
                </span>
              }
            />
            {isDot ? (
              <TextField
                label={t('vote.form.maxPerItem')}
                inputMode="numeric"
                value={draft.maxPerItem}
                onChange={(e) => set('maxPerItem', e.target.value)}
                error={errors.maxPerItem}
                hint={t('vote.form.maxPerItemHint')}
                disabled={locked}
              />
            ) : (
              <div />
            )}
          </>
        )}

        <div className="span-2 toggles">
          <Switch
            disabled={locked}
            label={t('vote.form.named')}
            hint={isScoring ? t('vote.form.namedHintJury') : t('vote.form.namedHint')}
            checked={draft.named}
            onChange={(on) => set('named', on)}
          />
          <Switch
            label={t('vote.form.hideResults')}
            hint={t('vote.form.hideResultsHint')}
            checked={draft.hideResults}
            onChange={(on) => set('hideResults', on)}
          />
          <Switch
            disabled={locked}
            label={t('vote.form.ticketOnly')}
            hint={t('vote.form.ticketOnlyHint')}
            checked={draft.ticketOnly}
            onChange={(on) => set('ticketOnly', on)}
          />
        </div>
      </div>
    </Dialog>
  );
}

export function RoundDialog(props: RoundFormProps & { open: boolean }) {
  return props.open ? <RoundForm key={props.round?.id ?? 'new'} {...props} /> : null;
}
