import { describe, expect, it } from 'vitest';
import { WorkshopTransfer } from './transfer.ts';
import { TRANSFER_FORMAT_VERSION, upgradeTransfer } from './transferUpgrade.ts';

const v1 = {
  agora: 1,
  exportedAt: '2026-05-01T10:00:00.000Z',
  workshop: { title: 'Smart Economy', format: 'mini-barcamp', date: '2013-05-23', language: 'en' },
  topics: [{ title: 'Talent' }, { title: 'Energy', deleted: true }],
  rounds: [
    {
      question: 'Which?',
      targetKind: 'topic',
      state: 'closed',
      items: [
        { target: 1, title: 'Energy' },
        { target: null, title: 'Gone since' },
        { target: 0, title: 'Talent' },
      ],
      ballots: [{ voter: 'voter-1', kind: 'phone', dots: { '0': 2, '2': 1 } }],
      counts: [{ item: 2, source: 'paper', count: 4 }],
    },
  ],
};

describe('upgradeTransfer', () => {
  it('turns a version-1 file into the current version: items point by `ref`, nothing else moves', () => {
    const upgraded = upgradeTransfer(structuredClone(v1)) as typeof v1 & {
      rounds: { items: { ref: number | null; title: string }[] }[];
    };
    expect(upgraded.agora).toBe(TRANSFER_FORMAT_VERSION);
    expect(upgraded.rounds[0]?.items).toEqual([
      { ref: 1, title: 'Energy' },
      { ref: null, title: 'Gone since' },
      { ref: 0, title: 'Talent' },
    ]);
    expect(upgraded.rounds[0]?.ballots).toEqual(v1.rounds[0]?.ballots);
    expect(upgraded.topics).toEqual(v1.topics);
    // Pure: the input is left as it was.
    expect(v1.rounds[0]?.items[0]).toEqual({ target: 1, title: 'Energy' });
  });

  it('leaves current files, newer files and things that are not Agora files alone', () => {
    const current = { agora: TRANSFER_FORMAT_VERSION, rounds: [{ items: [{ ref: 0, title: 'A' }] }] };
    expect(upgradeTransfer(current)).toBe(current);
    const newer = { agora: TRANSFER_FORMAT_VERSION + 1, rounds: [] };
    expect(upgradeTransfer(newer)).toBe(newer);
    for (const other of [null, 'text', [1, 2], { title: 'no version' }, { agora: '1' }])
      expect(upgradeTransfer(other)).toBe(other);
  });

  it('keeps a version-1 file valid after the upgrade, and refuses a newer file by name', () => {
    const parsed = WorkshopTransfer.safeParse(v1);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.agora).toBe(TRANSFER_FORMAT_VERSION);

    const newer = WorkshopTransfer.safeParse({ ...v1, agora: TRANSFER_FORMAT_VERSION + 1 });
    expect(newer.success).toBe(false);
    if (!newer.success) expect(newer.error.issues[0]?.message).toMatch(/newer Agora .*update Agora/);
    const unknown = WorkshopTransfer.safeParse({ ...v1, agora: 0 });
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(unknown.error.issues[0]?.message).toMatch(/not a workshop file version/);
  });
});
