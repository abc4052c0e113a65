/**
 * `topics:import` through the dispatcher: the valid rows of a file become topics together, in file
 * order and numbered after the wall; each invalid row is reported by line and field, and a refused
 * call writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgoraEvent, Output } from '../../../shared/contract/index.ts';
import { parseCsv } from '../../../shared/domain/csv.ts';
import { guessTopicMapping, prepareTopicRows } from '../../../shared/domain/topicCsv.ts';
import type { Result } from '../../../shared/result.ts';
import { LIMITS } from '../../../shared/schemas.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

async function rejects(method: string, input: unknown, code: string) {
  const before = t.count('topics');
  const result = await t.raw(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
  expect(t.count('topics')).toBe(before);
}

describe('topics:import', () => {
  it('imports a French file: themes mapped, tags split, duplicates and bad rows reported, numbers after the wall', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('topics:add', { workshopId: w.id, topic: { title: 'Économie circulaire' } });
    const removed = await t.must('topics:add', { workshopId: w.id, topic: { title: 'Vélo en ville' } });
    await t.must('topics:remove', { topicId: removed.id });

    const file = [
      '\uFEFFTitre;Porteur;Thème;Mots-clés;Résumé',
      'Tiers-lieux et ruralité;Anne Dupré;Cadre de vie;tiers-lieux, ruralité;',
      'ECONOMIE CIRCULAIRE;Paul;Économie;;',
      '"Données ouvertes\npour les PME";Łucja;economy;"open data; PME";"Pourquoi ; comment"',
      'tiers-lieux ET ruralite;Karim;habitants;;',
      'Budget participatif;Sophie;Sport;;',
      ';Nobody;Mobilité;;',
      'Vélo en ville;Hélène;Mobilité;;',
      `Long;${'n'.repeat(LIMITS.name + 3)};;;`,
    ].join('\n');
    const csv = parseCsv(file);
    const rows = prepareTopicRows(csv.rows, guessTopicMapping(csv.headers), csv.lines);

    const events: AgoraEvent[] = [];
    t.core.subscribe((e) => events.push(e));
    const result = (await t.core.dispatch(
      'topics:import',
      { workshopId: w.id, rows },
      { origin: 'window-1' },
    )) as Result<Output<'topics:import'>>;
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value;

    expect(report.imported.map((topic) => [topic.seq, topic.title, topic.proposer, topic.theme, topic.tags])).toEqual([
      [3, 'Tiers-lieux et ruralité', 'Anne Dupré', 'living', ['tiers-lieux', 'ruralité']],
      [4, 'Données ouvertes\npour les PME', 'Łucja', 'economy', ['open data', 'PME']],
      // A title removed from the wall is not on it: it can come back.
      [5, 'Vélo en ville', 'Hélène', 'mobility', []],
    ]);
    expect(report.imported[1]?.pitch).toBe('Pourquoi ; comment');
    expect(report.rejected).toEqual([
      { line: 3, field: 'title', reason: 'already on the wall as #1' },
      { line: 6, field: 'title', reason: 'same title as line 2' },
      { line: 7, field: 'theme', reason: 'unknown theme "Sport"' },
      { line: 8, field: 'title', reason: 'a title is required' },
      { line: 10, field: 'proposer', reason: `${LIMITS.name + 3} characters, at most ${LIMITS.name}` },
    ]);

    const wall = await t.must('topics:list', { workshopId: w.id });
    expect(wall.map((topic) => topic.title)).toEqual([
      'Économie circulaire',
      'Tiers-lieux et ruralité',
      'Données ouvertes\npour les PME',
      'Vélo en ville',
    ]);
    expect(wall.slice(1)).toEqual(report.imported);
    // One change, named after the window that imported (it applies the answer itself).
    expect(events).toEqual([
      { name: 'workshop:changed', payload: { workshopId: w.id, area: 'topics', origin: 'window-1' } },
    ]);
  });

  it('a second import of the same file adds nothing and says why for each row', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const rows = [
      { line: 2, values: { title: 'Night buses', theme: 'Mobility' } },
      { line: 3, values: { title: 'Open procurement data', theme: 'gouvernance' } },
    ];
    expect((await t.must('topics:import', { workshopId: w.id, rows })).imported).toHaveLength(2);
    const again = await t.must('topics:import', { workshopId: w.id, rows });
    expect(again.imported).toEqual([]);
    expect(again.rejected).toEqual([
      { line: 2, field: 'title', reason: 'already on the wall as #1' },
      { line: 3, field: 'title', reason: 'already on the wall as #2' },
    ]);
    expect(t.count('topics')).toBe(2);
  });

  it('nothing valid: nothing imported, no change announced', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const report = await t.must('topics:import', {
      workshopId: w.id,
      rows: [{ line: 2, values: { title: 'x'.repeat(LIMITS.title + 1) } }],
    });
    expect(report).toEqual({
      imported: [],
      rejected: [{ line: 2, field: 'title', reason: `${LIMITS.title + 1} characters, at most ${LIMITS.title}` }],
    });
    expect(t.count('topics')).toBe(0);
  });

  it('refuses bad calls and writes nothing', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await rejects('topics:import', { workshopId: w.id, rows: [] }, 'invalid_input');
    await rejects('topics:import', { workshopId: 'nope', rows: [{ line: 2, values: { title: 'A' } }] }, 'not_found');
    await rejects(
      'topics:import',
      { workshopId: w.id, rows: [{ line: 2, values: { title: 'x'.repeat(LIMITS.description + 1) } }] },
      'invalid_input',
    );
    await rejects(
      'topics:import',
      {
        workshopId: w.id,
        rows: Array.from({ length: LIMITS.csvRows + 1 }, (_, i) => ({ line: i + 2, values: { title: `T${i}` } })),
      },
      'invalid_input',
    );
    await rejects('topics:import', { workshopId: w.id, rows: [{ line: 0, values: { title: 'A' } }] }, 'invalid_input');
  });

  it('imports the largest file a call carries in one go', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const rows = Array.from({ length: LIMITS.csvRows }, (_, i) => ({
      line: i + 2,
      values: { title: `Topic ${i}`, theme: 'Économie', tags: 'a;b' },
    }));
    const report = await t.must('topics:import', { workshopId: w.id, rows });
    expect(report.imported).toHaveLength(LIMITS.csvRows);
    expect(report.imported.at(-1)?.seq).toBe(LIMITS.csvRows);
    expect(t.count('topics')).toBe(LIMITS.csvRows);
  });
});
