/** How long one slice of work may run before the window gets the thread back (a frame is about 16 ms). */
export const sliceBudgetMs = 8;

/**
 * Runs a generator of small steps (such as examPlanSteps) to its end in slices of about `budgetMs`, giving
 * the thread back between slices, so a second of work never blocks the window for more than one step.
 * Resolves to the generator's value; rejects with what a step throws.
 */
export async function runInSlices<Value>(
  steps: Generator<void, Value, void>,
  budgetMs = sliceBudgetMs,
  clock: () => number = () => performance.now(),
): Promise<Value> {
  for (;;) {
    const sliceEnd = clock() + budgetMs;
    while (clock() < sliceEnd) {
      const step = steps.next();
      if (step.done) return step.value;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
