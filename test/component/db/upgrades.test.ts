import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { schemaVersion1, schemaVersions, type SchemaVersion } from '../../../src/renderer/lib/db/schema.ts';

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
    version: 2,
    released: 'future',
    stores: { ...schemaVersion1.stores, drillAnswers: '[sessionId+itemId], itemId, sessionId, at' },
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
    const upgraded = createDatabase(name, [schemaVersion1, futureVersion]);
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
    await expect(createDatabase(name, [schemaVersion1, broken]).open()).rejects.toThrow(/upgrade bug/);
    const old = createDatabase(name, [schemaVersion1]);
    await old.open();
    expect(await old.table('drillAnswers').toArray()).toEqual([v1Rows.answer]);
    old.close();
    await Dexie.delete(name);
  });
});
