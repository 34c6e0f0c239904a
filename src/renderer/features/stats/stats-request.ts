import type { StatsOptions, StatsReport } from '../../../shared/stats/stats-report.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';

/**
 * A request to the stats worker: bring the rows it holds up to date (`reload`, on opening the screen) or reuse
 * them (a range or a deck chosen).
 */
export interface StatsRequest {
  id: number;
  reload: boolean;
  /** The window's count of writes to the database (changeCounter): rows read at the same count are current. */
  revision: number;
  options: StatsOptions;
  /** The scheduler's settings, for the forgetting curve of predicted recall. */
  settings: SrsSettings;
}

export type StatsReply =
  { id: number; ok: true; report: StatsReport } | { id: number; ok: false; message: string };
