import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import type { DrillConfig } from '../../../src/shared/drill/drill-config.ts';
import type { DrillState } from '../../../src/shared/drill/drill-state.ts';
import { startDrill } from '../../../src/shared/drill/start.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import type { DrillSessionRecord } from '../../../src/renderer/lib/db/drill-records.ts';

export const T0 = 1_700_000_000_000;

/** The schedule a finished drill feeds (default settings, UTC). */
export const scheduler = new Scheduler(defaultSrsSettings);

/** A 10-minute exam of the homework's 7 questions, in deck order, options unshuffled. */
export const examConfig: DrillConfig = {
  deckId: homework2Deck.id,
  selection: { kind: 'all' },
  mode: { kind: 'exam', limitMs: 600_000 },
  shuffleOptions: false,
  shuffleQuestions: false,
};

export const started = (at: number, seed = 1): DrillState =>
  startDrill(examConfig, homework2Deck.items, at, seed);

/** A drill's row as a release before revisions wrote it (no `revision`). */
export function rowWithoutRevision(state: DrillState): DrillSessionRecord {
  return {
    id: state.id,
    deckId: state.config.deckId,
    status: state.status,
    startedAt: state.startedAt,
    updatedAt: state.lastSeenAt,
    state,
  };
}
