import type { PracticeAttempt } from '../../../shared/problems/attempt.ts';

/** A graded practice attempt's row, as src/shared/problems has it (plain JSON, times as epoch ms). */
export type AttemptRecord = PracticeAttempt;
