/**
 * Timed multiple-choice drills, as pure functions over a JSON-able DrillState. Time (`now`, in ms) and
 * randomness (`seed`) are always passed in.
 *
 * Driving it from a Svelte 5 store class (a sketch):
 *
 *     class DrillStore {
 *       state = $state.raw<DrillState | null>(null);
 *       now = $state(Date.now());
 *       remaining = $derived(this.state && remainingTime(this.state, this.now));
 *       start(config, items, seed) { this.state = startDrill(config, items, Date.now(), seed); }
 *       // applyDrillAction throws a DrillError for a refused action: show drillMessages.errors[error.code].
 *       dispatch(action) { this.state = applyDrillAction(this.state!, action, Date.now()); save(this.state); }
 *       onTimer() { this.now = Date.now(); this.state = tick(this.state!, this.now); save(this.state); }
 *       onKey(event) {
 *         const action = keyToAction(event, tick(this.state!, Date.now())); // against a fresh clock
 *         if (action) { event.preventDefault(); this.dispatch(action); }
 *       }
 *     }
 *
 * `$state.raw` suits the state: every function returns a new object and never changes the one it was given.
 * After a restart: `restoreDrill(storedJson)`; once finished: `drillResult`, `reviewList`, `retryWrongConfig`;
 * for the history screen: `historySummaries(results)`; for the `missed` selection: `pastAnswersOf(results)`.
 */
export type { DrillConfig, DrillMode, DrillModeKind, DrillSelection, PastAnswer } from './drill-config.ts';
export { drillModeKinds } from './drill-config.ts';
export { DrillError, type DrillErrorCode, drillErrorCodes } from './drill-error.ts';
export type { DrillQuestion, DrillState, DrillStatus, FinishReason } from './drill-state.ts';
export { selectItems } from './select.ts';
export { startDrill } from './start.ts';
export { elapsedTime, pauseAt, questionTimeSpent, remainingTime, tick } from './clock.ts';
export { abandonDrill } from './abandon.ts';
export { type StoredRevision, checkRevision } from './revision.ts';
export { type StoredAnswer, finishFromAnswers } from './recover.ts';
export {
  type DrillAction,
  type DrillActionType,
  applyDrillAction,
  checkAction,
  finishDrill,
} from './actions.ts';
export { type KeyInput, keyToAction } from './keyboard.ts';
export {
  type DrillProgress,
  type GridCell,
  type GridStatus,
  type QuestionView,
  drillProgress,
  questionGrid,
  questionView,
} from './views.ts';
export {
  type DrillResult,
  type QuestionOutcome,
  type QuestionResult,
  type ReviewEntry,
  type ReviewOption,
  drillResult,
  retryWrongConfig,
  reviewList,
} from './result.ts';
export { type HistorySummary, historySummaries, pastAnswersOf } from './history.ts';
export { restoreDrill } from './restore.ts';
export { drillMessages, formatClock } from './messages.ts';
