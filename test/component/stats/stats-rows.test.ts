import { describe, expect, it } from 'vitest';
import { StatsRows, statsTableNames } from '../../../src/renderer/features/stats/stats-source.ts';
import { changeCounter } from '../../../src/renderer/lib/db/change-watch.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { log } from '../../unit/shared/stats/fixtures.ts';

describe('the rows the stats worker holds', () => {
  it('are read again on opening the screen after a write, and only then', async () => {
    const database = createDatabase('stats-rows');
    const writes = changeCounter(database.name, statsTableNames);
    await database.reviewLogs.put(log('2026-12-01T10:00:00Z', 'good', 'review', 3));
    const rows = new StatsRows(database);

    const first = await rows.current(true, writes());
    expect(first.logs).toHaveLength(1);
    // Opened again with nothing written: the rows held are current.
    expect(await rows.current(true, writes())).toBe(first);

    const before = writes();
    await database.reviewLogs.put(log('2026-12-02T10:00:00Z', 'again', 'review', 4));
    expect(writes()).toBe(before + 1);
    // A range chosen reuses the rows; opening the screen after the write reads them again.
    expect(await rows.current(false, writes())).toBe(first);
    const second = await rows.current(true, writes());
    expect(second.logs).toHaveLength(2);
    expect(await rows.current(true, writes())).toBe(second);
    // A setting written (the language, say) is nothing the charts read: the rows stay current.
    await database.settings.put({ key: 'language', value: 'en' });
    expect(writes()).toBe(before + 1);
  });
});
