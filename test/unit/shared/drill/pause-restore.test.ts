import { describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../../src/shared/drill/actions.ts';
import { elapsedTime, remainingTime, tick } from '../../../../src/shared/drill/clock.ts';
import type { DrillState } from '../../../../src/shared/drill/drill-state.ts';
import { restoreDrill } from '../../../../src/shared/drill/restore.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { MINUTE, T0, configFor, expectDrillError, items } from './drill-fixtures.ts';

/** What storing a drill in IndexedDB and reading it back after a restart amounts to. */
const throughStorage = (state: DrillState): unknown => JSON.parse(JSON.stringify(state));

describe('pause and resume', () => {
  const exam = () => startDrill(configFor({ kind: 'exam', limitMs: 10 * MINUTE }), items, T0, 8);

  it('keeps the remaining time exactly while paused, across a JSON round trip', () => {
    let state = applyDrillAction(exam(), { type: 'next' }, T0 + 100_000);
    state = applyDrillAction(state, { type: 'pause' }, T0 + 250_000);
    expect(remainingTime(state, T0 + 250_000)).toBe(350_000);
    const restored = restoreDrill(throughStorage(state));
    expect(restored).toEqual(state);
    expect(remainingTime(restored, T0 + 5 * 24 * 60 * MINUTE)).toBe(350_000);
    expect(tick(restored, T0 + 99 * MINUTE)).toBe(restored);
    const resumed = applyDrillAction(restored, { type: 'resume' }, T0 + 3_600_000);
    expect(remainingTime(resumed, T0 + 3_600_000 + 50_000)).toBe(300_000);
    expect(resumed.questions[1]!.spentMs).toBe(150_000);
  });

  it('allows only resume or submit while paused, and resume only while paused', () => {
    const paused = applyDrillAction(exam(), { type: 'pause' }, T0 + 1);
    expectDrillError(
      () => applyDrillAction(paused, { type: 'choose', question: 0, option: 'A' }, T0 + 2),
      'DRILL_PAUSED',
    );
    expectDrillError(() => applyDrillAction(paused, { type: 'next' }, T0 + 2), 'DRILL_PAUSED');
    expectDrillError(() => applyDrillAction(paused, { type: 'pause' }, T0 + 2), 'DRILL_PAUSED');
    expectDrillError(() => applyDrillAction(exam(), { type: 'resume' }, T0 + 2), 'DRILL_NOT_PAUSED');
    const submitted = applyDrillAction(paused, { type: 'submit' }, T0 + MINUTE);
    expect(submitted.status).toBe('finished');
    expect(submitted.elapsedMs).toBe(1);
  });

  it('pauses a drill that was running when the app stopped, at its last sign of life', () => {
    let state = tick(exam(), T0 + 120_000); // the renderer ticks and saves
    const stored = throughStorage(state);
    // The app is closed for an hour; nothing ticks.
    state = restoreDrill(stored);
    expect(state.status).toBe('paused');
    expect(elapsedTime(state, T0 + 3_600_000)).toBe(120_000);
    expect(remainingTime(state, T0 + 3_600_000)).toBe(8 * MINUTE);
    const resumed = applyDrillAction(state, { type: 'resume' }, T0 + 3_600_000);
    expect(remainingTime(resumed, T0 + 3_600_000)).toBe(8 * MINUTE);
  });

  it('refuses a damaged stored drill, naming the field', () => {
    const good = throughStorage(exam()) as Record<string, unknown>;
    expectDrillError(() => restoreDrill(null), 'INVALID_STATE');
    expectDrillError(() => restoreDrill({ ...good, version: 2 }), 'INVALID_STATE');
    expectDrillError(() => restoreDrill({ ...good, current: 7 }), 'INVALID_STATE');
    expectDrillError(() => restoreDrill({ ...good, activeSince: null }), 'INVALID_STATE');
    const questions = (good.questions as Record<string, unknown>[]).map((question, index) =>
      index === 2 ? { ...question, chosen: ['Z'] } : question,
    );
    expect(() => restoreDrill({ ...good, questions })).toThrow(/questions\[2\]\.chosen/);
  });
});
