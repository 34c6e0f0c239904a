/// <reference lib="webworker" />
import { Scheduler } from '../../../shared/srs/scheduler.ts';
import { statsReport } from '../../../shared/stats/stats-report.ts';
import { createDatabase } from '../../lib/db/database.ts';
import type { StatsReply, StatsRequest } from './stats-request.ts';
import { StatsRows } from './stats-source.ts';

/**
 * The Stats screen's worker: it reads the database itself (IndexedDB works in workers) and aggregates there,
 * so a year of 100,000 review logs never blocks the screen; only the small report crosses back. The rows are
 * kept between requests (StatsRows): read again only when the database was written since.
 */
const rows = new StatsRows(createDatabase());

self.onmessage = async (event: MessageEvent<StatsRequest>) => {
  const request = event.data;
  let reply: StatsReply;
  try {
    const input = await rows.current(request.reload, request.revision);
    const scheduler = new Scheduler(request.settings);
    const report = statsReport(input, request.options, (schedule, at) => scheduler.recall(schedule, at));
    reply = { id: request.id, ok: true, report };
  } catch (thrown) {
    reply = { id: request.id, ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  self.postMessage(reply);
};
