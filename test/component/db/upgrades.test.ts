import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import {
  schemaVersion1,
  schemaVersion2,
  schemaVersion3,
  schemaVersions,
  type SchemaVersion,
} from '../../../src/renderer/lib/db/schema.ts';

/**
 * The upgrade harness: write rows as an older release did (opening the database with only the versions it
 * knew), close it, then open it as a newer release and read them back. Every new schema version adds a case
 * here; the future version below shows how, and that a failed upgrade loses nothing.
 */
async function writeAsRelease(
  name: string,
  versions: readonly SchemaVersion[],
  write: (database: Dexie) => Promise<unknown>,
) {
  const database = createDatabase(name, versions);
  await database.open();
  await write(database);
  database.close();
}

const v1Rows = {
  deck: { id: 'deck', title: { zh: '作业二', en: 'Homework 2' }, source: 'seed', itemCount: 1, updatedAt: 1 },
  setting: { key: 'language', value: 'en' },
  answer: {
    sessionId: 's1',
    itemId: 'q1',
    correct: false,
    outcome: 'wrong',
    chosen: ['A'],
    spentMs: 5,
    at: 10,
  },
};

let counter = 0;
const freshName = () => `upgrade-test-${++counter}`;

describe('schema upgrades', () => {
  it('the current release opens a version 1 database with every row intact', async () => {
    const name = freshName();
    await writeAsRelease(name, [schemaVersion1], async (database) => {
      await database.table('decks').put(v1Rows.deck);
      await database.table('settings').put(v1Rows.setting);
      await database.table('drillAnswers').put(v1Rows.answer);
    });
    const current = createDatabase(name, schemaVersions);
    await current.open();
    expect(current.verno).toBe(schemaVersions.at(-1)!.version);
    expect(await current.decks.get('deck')).toEqual(v1Rows.deck);
    expect(await current.settings.get('language')).toEqual(v1Rows.setting);
    expect(await current.drillAnswers.where('itemId').equals('q1').toArray()).toEqual([v1Rows.answer]);
    current.close();
    await Dexie.delete(name);
  });

  const futureVersion: SchemaVersion = {
    version: 4,
    released: 'future',
    stores: { ...schemaVersion3.stores, drillAnswers: '[sessionId+itemId], itemId, sessionId, at' },
    upgrade: async (transaction) => {
      await transaction
        .table('drillAnswers')
        .toCollection()
        .modify((row: { spentSeconds?: number; spentMs: number }) => {
          row.spentSeconds = row.spentMs / 1000;
        });
    },
  };

  it('runs an upgrade function over the old rows (the shape of every future upgrade test)', async () => {
    const name = freshName();
    await writeAsRelease(name, [schemaVersion1], (database) =>
      database.table('drillAnswers').put(v1Rows.answer),
    );
    const upgraded = createDatabase(name, [schemaVersion1, schemaVersion2, schemaVersion3, futureVersion]);
    await upgraded.open();
    expect(await upgraded.table('drillAnswers').where('at').equals(10).first()).toEqual({
      ...v1Rows.answer,
      spentSeconds: 0.005,
    });
    upgraded.close();
    await Dexie.delete(name);
  });

  it('a failed upgrade leaves the old data intact and the old release can still open it', async () => {
    const name = freshName();
    await writeAsRelease(name, [schemaVersion1], (database) =>
      database.table('drillAnswers').put(v1Rows.answer),
    );
    const broken: SchemaVersion = {
      ...futureVersion,
      upgrade: async () => {
        throw new Error('upgrade bug');
      },
    };
    await expect(
      createDatabase(name, [schemaVersion1, schemaVersion2, schemaVersion3, broken]).open(),
    ).rejects.toThrow(/upgrade bug/);
    const old = createDatabase(name, [schemaVersion1]);
    await old.open();
    expect(await old.table('drillAnswers').toArray()).toEqual([v1Rows.answer]);
    old.close();
    await Dexie.delete(name);
  });

  it('version 2 (spaced repetition) keeps every version 1 row, drills included, and starts with empty review tables', async () => {
    const name = freshName();
    const session = {
      id: 's1',
      deckId: 'deck',
      status: 'finished',
      startedAt: 1,
      updatedAt: 9,
      finishedAt: 9,
      state: { id: 's1', status: 'finished', questions: [] },
    };
    const item = {
      id: 'q1',
      kind: 'basic',
      tags: ['conv'],
      front: { zh: '问', en: 'Q' },
      back: { zh: '答', en: 'A' },
      deckId: 'deck',
      position: 0,
    };
    const secondAnswer = {
      ...v1Rows.answer,
      sessionId: 's2',
      correct: true,
      outcome: 'correct',
      chosen: ['B'],
    };
    await writeAsRelease(name, [schemaVersion1], async (database) => {
      await database.table('decks').put(v1Rows.deck);
      await database.table('items').put(item);
      await database.table('settings').put(v1Rows.setting);
      await database.table('drillSessions').put(session);
      await database.table('drillAnswers').bulkPut([v1Rows.answer, secondAnswer]);
    });
    const upgraded = createDatabase(name, [schemaVersion1, schemaVersion2]);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.decks.toArray()).toEqual([v1Rows.deck]);
    expect(await upgraded.items.where('deckId').equals('deck').toArray()).toEqual([item]);
    expect(await upgraded.settings.toArray()).toEqual([v1Rows.setting]);
    expect(await upgraded.drillSessions.where('status').equals('finished').toArray()).toEqual([session]);
    expect(await upgraded.drillAnswers.where('itemId').equals('q1').sortBy('sessionId')).toEqual([
      v1Rows.answer,
      secondAnswer,
    ]);
    expect([
      await upgraded.cards.count(),
      await upgraded.reviewLogs.count(),
      await upgraded.dayCounts.count(),
    ]).toEqual([0, 0, 0]);
    upgraded.close();
    await Dexie.delete(name);
  });
  it('version 3 (practice) keeps every version 2 row and starts with no attempts', async () => {
    const name = freshName();
    const card = { id: 'c1', deckId: 'deck', itemId: 'q1', due: 5 };
    const log = { id: 'l1', cardId: 'c1', itemId: 'q1', day: 20000, reviewedAt: 7, rating: 'good' };
    await writeAsRelease(name, [schemaVersion1, schemaVersion2], async (database) => {
      await database.table('decks').put(v1Rows.deck);
      await database.table('cards').put(card);
      await database.table('reviewLogs').put(log);
    });
    const upgraded = createDatabase(name, [schemaVersion1, schemaVersion2, schemaVersion3]);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.decks.toArray()).toEqual([v1Rows.deck]);
    expect(await upgraded.table('cards').where('itemId').equals('q1').toArray()).toEqual([card]);
    expect(await upgraded.table('reviewLogs').where('day').equals(20000).toArray()).toEqual([log]);
    expect(await upgraded.attempts.count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });
});
