import { describe, expect, it } from 'vitest';
import type { DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { deleteItem } from '../../../src/renderer/lib/db/browse.ts';
import { schemaVersion1, schemaVersion2, schemaVersions } from '../../../src/renderer/lib/db/schema.ts';
import { checkDatabase } from '../../../src/renderer/lib/db/startup-check.ts';
import { scratchDatabases } from '../../support/scratch-databases.ts';
import { fillSemester } from '../../support/semester.ts';

const start = Date.UTC(2026, 8, 1);
const scratch = scratchDatabases('startup-check');

async function semester(days = 10): Promise<DeepDrillDatabase> {
  const database = scratch();
  await fillSemester(database, start, days);
  return database;
}

describe('the start-up check', () => {
  it('finds nothing wrong with a database the app wrote, even after an item was deleted in Browse', async () => {
    const database = await semester();
    await deleteItem(database, 'hw2-mcq-1');
    expect(await checkDatabase(database)).toEqual([]);
  });

  it('names review logs, drill answers and attempts that point at nothing, with a count and an example', async () => {
    const database = await semester();
    const log = (await database.reviewLogs.toCollection().first())!;
    await database.cards.delete(log.cardId);
    const logsOfCard = await database.reviewLogs.where('cardId').equals(log.cardId).count();
    const answer = (await database.drillAnswers.toCollection().first())!;
    const answersOfDrill = await database.drillAnswers.where('sessionId').equals(answer.sessionId).count();
    await database.drillSessions.delete(answer.sessionId);
    await database.attempts.put({
      ...(await database.attempts.toCollection().first())!,
      id: 'x',
      itemId: 'gone',
    });
    expect(await checkDatabase(database)).toEqual([
      { code: 'DANGLING_REFERENCE', reference: 'reviewLogs.cardId', count: logsOfCard, example: log.cardId },
      {
        code: 'DANGLING_REFERENCE',
        reference: 'drillAnswers.sessionId',
        count: answersOfDrill,
        example: answer.sessionId,
      },
      { code: 'DANGLING_REFERENCE', reference: 'attempts.itemId', count: 1, example: 'gone' },
    ]);
  });

  it('says when the database is not at the current schema version', async () => {
    const database = scratch([schemaVersion1, schemaVersion2]);
    await database.open();
    expect(await checkDatabase(database)).toEqual([
      { code: 'SCHEMA_VERSION', found: 2, expected: schemaVersions.at(-1)!.version },
    ]);
  });
});
