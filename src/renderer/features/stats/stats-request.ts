import type { StatsOptions, StatsReport } from '../../../shared/stats/stats-report.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';

/** A request to the stats worker: read the database again (`reload`) or reuse the rows it holds. */
export interface StatsRequest {
  id: number;
  reload: boolean;
  options: StatsOptions;
  /** The scheduler's settings, for the forgetting curve of predicted recall. */
  settings: SrsSettings;
}

export type StatsReply =
  { id: number; ok: true; report: StatsReport } | { id: number; ok: false; message: string };
