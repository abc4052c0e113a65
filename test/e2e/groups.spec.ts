/**
 * The Groups stage on the demo workshop: topics grouped by dragging with the mouse and with the
 * keyboard (what happens said to screen readers), a group renamed in place and moved, Ctrl+Z and
 * Ctrl+Shift+Z; a suggestion accepted and one rejected; two duplicates merged (the wall shows one,
 * the open round's results carry both topics' votes: phones capped per topic, paper counts added),
 * and the merge undone after a reload. Also the board's accessibility (axe) with its dialogs, its
 * screenshots in English and French, and a drop among 300 topic cards, timed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { type Agora, DEMO, expect, test } from './pages/fixtures.ts';
import { GroupsPage } from './pages/GroupsPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { hostApi } from './pages/hostApi.ts';
import { visibleStrings } from './pages/i18n.ts';
import { fullLengthScreenshot } from './pages/screenshot.ts';
import { TopicsPage } from './pages/TopicsPage.ts';
import { TestPhone, VotePage } from './pages/VotePage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');

const ICT = 'How can cities link traditional and new ICT industries?';
const SPACES = 'Creation of spaces of collaboration for companies';
const TALENT = 'Attracting and keeping talent in mid-sized cities';
const CRAFTS = 'E-commerce for traditional crafts';
const CLOUD = '3D and cloud tools for industrial productivity';
const ROUND = 'Which topics should we schedule first?';

async function openGroups(page: Page, agora: Agora): Promise<GroupsPage> {
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  const groups = new GroupsPage(page);
  await groups.goTo();
  return groups;
}

async function demoIds(agora: Agora) {
  const api = hostApi(agora.host.url);
  const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
  if (!workshop) throw new Error('no demo workshop');
  const topics = await api('topics:list', { workshopId: workshop.id });
  const id = (title: string) => {
    const topic = topics.find((x) => x.title === title);
    if (!topic) throw new Error(`no topic “${title}”`);
    return topic.id;
  };
  return { api, workshopId: workshop.id, id };
}

/** What dnd-kit last said to screen readers. */
const announced = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test('topics grouped with the mouse and the keyboard, a group renamed and moved, Ctrl+Z and Ctrl+Shift+Z', async ({
  page,
  agora,
}) => {
  const groups = await openGroups(page, agora);
  const industry = groups.group('Industry');
  const people = groups.group('People');

  await test.step('two new groups, empty', async () => {
    await expect(groups.summary).toHaveText('0 groups · 20 loose topics');
    await groups.createGroup('Industry', 'Violet');
    await groups.createGroup('People', 'Rose');
    await expect(people).toContainText('Drop topics here');
    await expect(groups.undo).toHaveText('Undo: new group');
  });

  await test.step('the mouse drags a loose card into a group, and another onto it (it goes before)', async () => {
    await groups.dragWithMouse(groups.card(ICT), industry);
    await expect(groups.card(ICT, industry)).toBeVisible();
    await groups.dragWithMouse(groups.card(SPACES), groups.card(ICT, industry));
    await expect.poll(() => groups.titlesIn(industry)).toEqual([SPACES, ICT]);
    await expect(groups.summary).toHaveText('2 groups · 18 loose topics');
    await expect(groups.undo).toHaveText('Undo: move 1 topic');
  });

  await test.step('the keyboard: Space picks a card up, arrows carry it, Space drops it, and each move is said', async () => {
    await groups.handle(TALENT).focus();
    await page.keyboard.press('Space');
    await expect(announced(page)).toHaveText(/^Picked up topic 3, .?Attracting and keeping talent/);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      if (/would go to .?People/.test((await announced(page).textContent()) ?? '')) break;
    }
    await expect(announced(page)).toHaveText(/would go to .?People.?, place 1 of 1\./);
    await page.keyboard.press('Space');
    await expect(announced(page)).toHaveText(/dropped in .?People.?, place 1 of 1\./);
    await expect(groups.card(TALENT, people)).toBeVisible();
    // The focus comes back to the card's handle, ready for the next move.
    await expect(groups.handle(TALENT)).toBeFocused();
  });

  await test.step('the keyboard reorders inside a group; Escape cancels a move', async () => {
    await groups.handle(ICT).focus();
    await page.keyboard.press('Space');
    // The arrows work once the pick-up is done (dnd-kit listens from the next tick).
    await expect(announced(page)).toHaveText(/^Picked up/);
    await page.keyboard.press('ArrowUp');
    await expect(announced(page)).toHaveText(/would go to .?Industry.?, place 1 of 2\./);
    await page.keyboard.press('Space');
    await expect.poll(() => groups.titlesIn(industry)).toEqual([ICT, SPACES]);
    await groups.handle(SPACES).focus();
    await page.keyboard.press('Space');
    await expect(announced(page)).toHaveText(/^Picked up/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(announced(page)).toHaveText(/^Move cancelled: .+ is back in its place\.$/);
    await expect.poll(() => groups.titlesIn(industry)).toEqual([ICT, SPACES]);
  });

  await test.step('a group renamed in place; Ctrl+Z takes it back, Ctrl+Shift+Z makes it again', async () => {
    await groups.rename('Industry', 'Industry & ICT');
    await expect(groups.undo).toHaveText('Undo: rename or recolour a group');
    // Ctrl+Z in a field is the field's own undo, not the board's.
    await groups
      .group('Industry & ICT')
      .getByRole('button', { name: /^Rename group/ })
      .click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    await expect(groups.group('Industry & ICT')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(groups.group('Industry')).toBeVisible();
    await expect(groups.toast('Undone: rename or recolour a group.')).toBeVisible();
    await expect(groups.redo).toHaveText('Redo: rename or recolour a group');
    await page.keyboard.press('Control+Shift+Z');
    await expect(groups.group('Industry & ICT')).toBeVisible();
    await expect(groups.redo).toHaveText('Redo');
  });

  await test.step('the keyboard moves a group before another', async () => {
    expect(await groups.groupNames()).toEqual(['Industry & ICT', 'People']);
    await groups.groupHandle('People').focus();
    await page.keyboard.press('Space');
    await expect(announced(page)).toHaveText(/^Picked up group/);
    await page.keyboard.press('ArrowLeft');
    await expect(announced(page)).toHaveText(/would go to place 1 of 2\./);
    await page.keyboard.press('Space');
    await expect.poll(() => groups.groupNames()).toEqual(['People', 'Industry & ICT']);
    await expect(groups.undo).toHaveText('Undo: reorder the groups');
  });

  await test.step('the board is the core’s: a reload shows it as it was left', async () => {
    await page.reload();
    await expect.poll(() => groups.groupNames()).toEqual(['People', 'Industry & ICT']);
    await expect.poll(() => groups.titlesIn(groups.group('Industry & ICT'))).toEqual([ICT, SPACES]);
  });
});

test('a suggestion accepted and one rejected; duplicates merged with their votes; the merge undone after a reload', async ({
  page,
  agora,
}) => {
  const { api, workshopId, id } = await demoIds(agora);
  const [ict, crafts] = [id(ICT), id(CRAFTS)];
  const round = (await api('rounds:list', { workshopId })).find((r) => r.question === ROUND);
  if (!round) throw new Error('no demo round');
  const totals = async () =>
    Object.fromEntries(
      (await api('rounds:results', { roundId: round.id })).items
        .filter((i) => i.itemId === ict || i.itemId === crafts)
        .map((i) => [i.itemId === ict ? 'ict' : 'crafts', { ballots: i.ballots, paper: i.paper, total: i.total }]),
    );

  await test.step('votes before the merge: Ana 2 dots on each, Ben 1 on the crafts, paper 2 and 3', async () => {
    const lan = await api('lan:start', { host: '127.0.0.1', port: 0 });
    const { code } = await api('join:get', { workshopId });
    const [ana, ben] = [
      new TestPhone(`http://127.0.0.1:${lan.port}`, 'Ana'),
      new TestPhone(`http://127.0.0.1:${lan.port}`, 'Ben'),
    ];
    await ana.join(code);
    await ben.join(code);
    for (const title of [ICT, ICT, CRAFTS, CRAFTS]) await ana.dot(ROUND, title);
    await ben.dot(ROUND, CRAFTS);
    await api('rounds:setCount', { roundId: round.id, itemId: ict, source: 'paper', count: 2 });
    await api('rounds:setCount', { roundId: round.id, itemId: crafts, source: 'paper', count: 3 });
    expect(await totals()).toEqual({
      ict: { ballots: 2, paper: 2, total: 4 },
      crafts: { ballots: 3, paper: 3, total: 6 },
    });
  });

  const groups = await openGroups(page, agora);

  await test.step('suggestions: the first accepted becomes a group of its topics, the next rejected goes away', async () => {
    await groups.openSuggestions();
    const cards = groups.suggestions.getByTestId('suggestion');
    const before = await cards.count();
    expect(before).toBeGreaterThan(2);
    const first = cards.first();
    const name = ((await first.getByRole('heading', { level: 4 }).textContent()) ?? '').trim();
    const titles = (await first.getByRole('listitem').allInnerTexts()).map((x) => x.replace(/^#\d+\s*/, ''));
    await first.getByRole('button', { name: /^Accept the group/ }).click();
    await expect(groups.group(name)).toBeVisible();
    await expect.poll(() => groups.titlesIn(groups.group(name))).toEqual(titles);
    await expect(cards).toHaveCount(before - 1);
    const next = ((await cards.first().getByRole('heading', { level: 4 }).textContent()) ?? '').trim();
    await cards
      .first()
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect(cards).toHaveCount(before - 2);
    await expect(groups.suggestions.getByRole('heading', { level: 4, name: next, exact: true })).toHaveCount(0);
    await expect(groups.undo).toHaveText(`Undo: new group`);
    await groups.suggestions.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('two duplicates selected and merged into the first: the dialog names both and says how votes count', async () => {
    await groups.select(CRAFTS);
    await groups.select(ICT);
    await expect(groups.selectionBar).toContainText('2 topics selected');
    await groups.selectionBar.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = groups.mergeTopicsDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Merge 2 topics into one' })).toBeVisible();
    await expect(dialog).toContainText(ICT);
    await expect(dialog).toContainText(CRAFTS);
    await expect(dialog).toContainText('Sophie Delmas');
    await expect(dialog).toContainText('a phone that voted for several of these counts at most the round’s limit');
    // The earliest proposed is offered as the one kept.
    await expect(dialog.getByRole('radio', { name: new RegExp(`#1 ${ICT.replace('?', '\\?')}`) })).toBeChecked();
    await dialog.getByRole('button', { name: 'Merge into #1' }).click();
    await expect(dialog).toBeHidden();
    await expect(groups.toast(/^2 topics merged into #1/)).toBeVisible();
    await expect(groups.card(CRAFTS)).toHaveCount(0);
    await expect(groups.card(ICT)).toContainText(`Also proposed as “${CRAFTS}” by`);
    await expect(groups.undo).toHaveText('Undo: merge 2 topics');
  });

  await test.step('the wall shows one topic; the round’s results carry both topics’ votes', async () => {
    // Ana: 2 + 2 dots capped at the round's 3 per topic; Ben's 1 moved over; paper 2 + 3.
    expect(await totals()).toEqual({ ict: { ballots: 4, paper: 5, total: 9 } });
    const vote = new VotePage(page);
    await vote.goTo();
    await expect(vote.resultRow(ICT).getByTestId('result-total')).toHaveText('9');
    await expect(vote.resultRow(CRAFTS)).toHaveCount(0);
    await page
      .getByRole('navigation', { name: 'Workshop stages' })
      .getByRole('link', { name: /^Topics/ })
      .click();
    const topics = new TopicsPage(page);
    await expect(topics.count).toHaveText('19 topics');
    await expect(topics.card(CRAFTS)).toHaveCount(0);
  });

  await test.step('after a reload, Undo still says what it undoes, and the merged topic comes back with its votes', async () => {
    await groups.goTo();
    await page.reload();
    await expect(groups.undo).toHaveText('Undo: merge 2 topics');
    await groups.undo.click();
    await expect(groups.toast('Undone: merge 2 topics.')).toBeVisible();
    await expect(groups.card(CRAFTS)).toBeVisible();
    await expect(groups.card(ICT)).not.toContainText('Also proposed as');
    await expect(groups.redo).toHaveText('Redo: merge 2 topics');
    expect(await totals()).toEqual({
      ict: { ballots: 2, paper: 2, total: 4 },
      crafts: { ballots: 3, paper: 3, total: 6 },
    });
    await page
      .getByRole('navigation', { name: 'Workshop stages' })
      .getByRole('link', { name: /^Topics/ })
      .click();
    await expect(new TopicsPage(page).count).toHaveText('20 topics');
  });

  await test.step('a vote cast since a merge: its undo is refused with what changed, and nothing moves', async () => {
    await groups.goTo();
    await groups.redo.click();
    await expect(groups.card(CRAFTS)).toHaveCount(0);
    const cleo = new TestPhone(`http://127.0.0.1:${(await api('lan:status', {})).port}`, 'Cleo');
    await cleo.join((await api('join:get', { workshopId })).code);
    await cleo.dot(ROUND, ICT);
    await groups.dismissToasts();
    await groups.undo.click();
    await expect(groups.toast(/^This step cannot be undone: what it changed has changed since/)).toBeVisible();
    await expect(groups.card(CRAFTS)).toHaveCount(0);
  });
});

// ---------- accessibility and screenshots ----------

const UI = {
  en: {
    interface: 'English',
    newGroup: 'New group',
    suggest: 'Suggest groups',
    mergeInto: 'Merge into…',
    mergeGroups: 'Merge the two groups…',
    cancel: 'Cancel',
    selectTopic: /^Select topic/,
    selectGroup: /^Select group/,
  },
  fr: {
    interface: 'Français',
    newGroup: 'Nouveau groupe',
    suggest: 'Suggérer des groupes',
    mergeInto: 'Fusionner dans…',
    mergeGroups: 'Fusionner les deux groupes…',
    cancel: 'Annuler',
    selectTopic: /^Sélectionner le sujet/,
    selectGroup: /^Sélectionner le groupe/,
  },
} as const;

/** English strings of groups.en.json that French says differently, as patterns (as pages/i18n.ts does for the others). */
function groupsEnglish(): RegExp[] {
  const dir = resolve(import.meta.dirname, '../../renderer/shared/i18n');
  const flat = (node: unknown, prefix = '', out = new Map<string, string>()) => {
    for (const [k, v] of Object.entries(node as Record<string, unknown>))
      if (typeof v === 'string') out.set(prefix + k, v);
      else flat(v, `${prefix}${k}.`, out);
    return out;
  };
  const en = flat(JSON.parse(readFileSync(`${dir}/groups.en.json`, 'utf8')));
  const fr = flat(JSON.parse(readFileSync(`${dir}/groups.fr.json`, 'utf8')));
  return [...en]
    .filter(([key, text]) => fr.get(key) !== text && /[a-z]{4}/i.test(text.replace(/\{\{\w+\}\}/g, '')))
    .map(
      ([, text]) =>
        new RegExp(
          `^${text
            .split(/\{\{\w+\}\}/)
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+')}$`,
        ),
    );
}

async function shoot(page: Page, name: string, { dialog = false } = {}) {
  await page.evaluate(() => document.fonts.ready);
  if (!dialog) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    const dismiss = page.locator('.toast__close');
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page scrolls sideways by ${overflow}px at 1280 px wide`).toBeLessThanOrEqual(0);
  if (dialog) await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
  else await fullLengthScreenshot(page, `${OUT}/${name}.png`);
}

async function noSeriousViolations(page: Page, screen: string) {
  const findings = await seriousViolations(page);
  expect(findings, describeFindings(screen, findings)).toEqual([]);
}

/** A board in progress on the demo: three groups, one of them empty, and a merged duplicate. */
async function boardInProgress(agora: Agora): Promise<void> {
  const { api, workshopId, id } = await demoIds(agora);
  await api('groups:create', {
    workshopId,
    group: { title: 'Industry & ICT', color: 'violet' },
    topicIds: [id(ICT), id(CLOUD), id(SPACES)],
  });
  await api('groups:create', {
    workshopId,
    group: { title: 'Talent & skills', color: 'rose' },
    topicIds: [id(TALENT)],
  });
  await api('groups:create', { workshopId, group: { title: 'Open data', color: 'teal' }, topicIds: [] });
  await api('topics:merge', { fromTopicIds: [id(CRAFTS)], intoTopicId: id(CLOUD) });
}

async function openBoard(page: Page, agora: Agora, lang: 'en' | 'fr') {
  await agora.open(page);
  const language = page.getByRole('button', { name: UI[lang].interface });
  await language.click();
  await expect(language).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByRole('link', { name: DEMO.title }).click();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: lang === 'fr' ? /^Groupes/ : /^Groups/ })
    .click();
  await expect(page.getByTestId('group')).toHaveCount(3);
}

test('the board, its suggestions and its dialogs have no serious accessibility violation (axe)', async ({
  page,
  agora,
}) => {
  const ui = UI.en;
  await boardInProgress(agora);
  await openBoard(page, agora, 'en');
  await page.getByRole('checkbox', { name: ui.selectTopic }).nth(0).check();
  await page.getByRole('checkbox', { name: ui.selectTopic }).nth(2).check();
  await page.getByRole('button', { name: ui.suggest }).click();
  await expect(page.getByTestId('suggestion').first()).toBeVisible();
  await noSeriousViolations(page, 'board with suggestions and a selection');

  await page.getByRole('button', { name: ui.mergeInto }).click();
  await expect(page.getByTestId('merge-topics-dialog')).toBeVisible();
  await noSeriousViolations(page, 'merge dialog');
  await page.getByTestId('merge-topics-dialog').getByRole('button', { name: ui.cancel }).click();

  await page.getByRole('button', { name: ui.newGroup, exact: true }).click();
  await expect(page.getByTestId('group-dialog')).toBeVisible();
  await noSeriousViolations(page, 'new group dialog');
  await page.getByTestId('group-dialog').getByRole('button', { name: ui.cancel }).click();

  await page.getByRole('checkbox', { name: ui.selectGroup }).nth(0).check();
  await page.getByRole('checkbox', { name: ui.selectGroup }).nth(1).check();
  await page.getByRole('button', { name: ui.mergeGroups }).click();
  await expect(page.getByTestId('merge-groups-dialog')).toBeVisible();
  await noSeriousViolations(page, 'merge groups dialog');
});

for (const lang of ['en', 'fr'] as const) {
  test(`screenshots of the board and its dialogs: ${lang}`, async ({ page, agora }) => {
    const ui = UI[lang];
    const shot = (name: string, options?: { dialog: boolean }) => shoot(page, `${lang}-groups${name}`, options);
    mkdirSync(OUT, { recursive: true });
    await boardInProgress(agora);
    await openBoard(page, agora, lang);

    await page.getByRole('checkbox', { name: ui.selectTopic }).nth(0).check();
    await page.getByRole('checkbox', { name: ui.selectTopic }).nth(2).check();
    await shot('');
    if (lang === 'fr') {
      const english = groupsEnglish();
      const left = (await visibleStrings(page)).filter((s) => english.some((p) => p.test(s)));
      expect(left, 'English left on the French board').toEqual([]);
    }

    await page.getByRole('button', { name: ui.mergeInto }).click();
    await expect(page.getByTestId('merge-topics-dialog')).toBeVisible();
    await shot('-merge-dialog', { dialog: true });
    await page.getByTestId('merge-topics-dialog').getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('button', { name: ui.newGroup, exact: true }).click();
    await expect(page.getByTestId('group-dialog')).toBeVisible();
    await shot('-new-group', { dialog: true });
    await page.getByTestId('group-dialog').getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('checkbox', { name: ui.selectGroup }).nth(0).check();
    await page.getByRole('checkbox', { name: ui.selectGroup }).nth(1).check();
    await page.getByRole('button', { name: ui.mergeGroups }).click();
    await expect(page.getByTestId('merge-groups-dialog')).toBeVisible();
    await shot('-merge-groups', { dialog: true });
    await page.getByTestId('merge-groups-dialog').getByRole('button', { name: ui.cancel }).click();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: ui.suggest }).click();
    await expect(page.getByTestId('suggestion').first()).toBeVisible();
    await shot('-suggestions');
    await page.getByRole('button', { name: ui.suggest }).click();

    // Mid-drag, as the window shows it: the card follows the pointer, the group it is over lights up.
    await page.evaluate(() => window.scrollTo(0, 0));
    const card = page.getByTestId('loose-topics').getByTestId('board-topic').first();
    const from = await card.boundingBox();
    const to = await page.getByTestId('group').nth(2).boundingBox();
    if (!from || !to) throw new Error('nothing to drag');
    await page.mouse.move(from.x + 60, from.y + 14);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y + 30, { steps: 3 });
    await page.mouse.move(to.x + 80, to.y + 60, { steps: 10 });
    await expect(page.locator('.gcol--dropping')).toHaveCount(1);
    await page.screenshot({ path: `${OUT}/${lang}-groups-dragging.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });
}

// ---------- 300 topics ----------

/**
 * Counts, from outside the app, which components React renders: a stand-in for the React DevTools
 * hook (React calls it on every commit, production builds too). A fiber rendered in a commit when
 * it did work (PerformedWork); a subtree React reused as it was (same child) is not walked. Card
 * faces are told by what they render (article.bcard), their dnd-kit wrappers by li.board-item.
 */
function countRenders() {
  const counts = { faces: 0, wrappers: 0, commits: 0 };
  (window as unknown as { renders: typeof counts }).renders = counts;
  type Fiber = {
    tag: number;
    flags: number;
    type: unknown;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: { className?: string } | null;
  };
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const hostClass = (f: Fiber | null) => (f && typeof f.type === 'string' ? (f.memoizedProps?.className ?? '') : '');
  const walk = (fiber: Fiber | null) => {
    for (let f = fiber; f; f = f.sibling) {
      const reused = f.alternate !== null && f.alternate.child === f.child;
      if (COMPONENT_TAGS.has(f.tag) && f.alternate !== null && f.flags & PERFORMED_WORK) {
        const host = hostClass(f.child);
        if (host.startsWith('bcard')) counts.faces++;
        else if (host.startsWith('board-item')) counts.wrappers++;
      }
      if (!reused) walk(f.child);
    }
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      counts.commits++;
      walk(root.current.child);
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
}

test('300 topic cards: a drag re-renders no card face, and a drop is shown at once', async ({ page, agora }) => {
  const api = hostApi(agora.host.url);
  const workshop = await api('workshops:create', {
    title: 'Three hundred topics',
    format: 'mini-barcamp',
    date: '2026-05-01',
    language: 'en',
  });
  const workshopId = workshop.id;
  const ids: string[] = [];
  for (let i = 1; i <= 300; i++)
    ids.push(
      (
        await api('topics:add', {
          workshopId,
          topic: { title: `Topic number ${i} about the city`, proposer: `Person ${i % 40}` },
        })
      ).id,
    );
  // 20 groups of 10, 100 topics loose.
  for (let g = 0; g < 20; g++)
    await api('groups:create', {
      workshopId,
      group: { title: `Group ${g + 1}`, color: 'teal' },
      topicIds: ids.slice(g * 10, g * 10 + 10),
    });

  await page.addInitScript(countRenders);
  await agora.open(page, `#/w/${workshopId}/groups`);
  const groups = new GroupsPage(page);
  await expect(page.getByTestId('board-topic')).toHaveCount(300);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const renders = () =>
    page.evaluate(() => ({
      ...(window as unknown as { renders: { faces: number; wrappers: number; commits: number } }).renders,
    }));

  // The first loose card, onto a card of the first group: both in sight, away from the edges that scroll.
  const source = groups.card('Topic number 201 about the city');
  const target = groups.card('Topic number 3 about the city');
  await page.evaluate(() => window.scrollTo(0, 0));
  const a = await source.boundingBox();
  if (!a) throw new Error('no card');
  await page.mouse.move(a.x + a.width / 2, a.y + 30);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + 50, { steps: 4 });
  const b = await target.boundingBox();
  if (!b) throw new Error('no target');
  const before = await renders();
  const moves = 40;
  const moveStart = Date.now();
  await page.mouse.move(b.x + b.width / 2, b.y + 8, { steps: moves });
  // Each step waits for the page to take the event; a frame then paints it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const perMove = (Date.now() - moveStart) / moves;
  const during = await renders();
  // From the pointer let go to the card painted in its group, timed in the page (frame by frame).
  await page.evaluate(() => {
    const w = window as unknown as { dropShown: Promise<number> };
    w.dropShown = new Promise((done) => {
      document.addEventListener(
        'pointerup',
        () => {
          const start = performance.now();
          const check = () => {
            const group = document.querySelector('[data-testid="group"]');
            const titles = Array.from(group?.querySelectorAll('h4') ?? []).map((h) => h.textContent);
            if (titles.includes('Topic number 201 about the city')) done(performance.now() - start);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.mouse.up();
  const dropShown = Math.round(
    await page.evaluate(() => (window as unknown as { dropShown: Promise<number> }).dropShown),
  );
  const after = await renders();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const faces = during.faces - before.faces;
  const wrappers = during.wrappers - before.wrappers;
  console.log(
    `300 cards, ${moves} pointer moves across the board: ${perMove.toFixed(1)} ms a move (Playwright's own step included), ` +
      `${during.commits - before.commits} React commits, ${faces} card faces rendered, ${wrappers} dnd-kit card wrappers ` +
      `rendered (${(wrappers / 300).toFixed(1)} times each: once per change of what is under the pointer); ` +
      `drop shown in ${dropShown} ms, re-rendering ${after.faces - during.faces} faces; ` +
      `long tasks over 50 ms: ${longTasks.length} (${longTasks.map((d) => Math.round(d)).join(', ') || 'none'})`,
  );
  // No card face renders while the card moves over the others.
  expect(faces).toBe(0);
  // Only a few change at the drop (the moved card, the card that gave it its place).
  expect(after.faces - during.faces).toBeLessThan(10);
  // Where it was let go (before topic 3), and the core's answer agrees with what was shown.
  const board = await api('groups:board', { workshopId });
  expect(board.groups[0]?.topicIds.indexOf(ids[200] ?? '')).toBe(2);
  const shown = await groups.titlesIn(groups.group('Group 1'));
  expect(shown).toEqual(board.groups[0]?.topicIds.map((id) => `Topic number ${ids.indexOf(id) + 1} about the city`));
  expect(dropShown).toBeLessThan(2000);
});
