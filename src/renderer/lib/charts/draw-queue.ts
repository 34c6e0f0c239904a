/**
 * Chart creations wait their turn here and run a frame's worth at a time, so a screen of a dozen charts never
 * holds the UI thread in one long task (issue 15: no task over 50 ms while the Stats screen draws). A chart
 * whose card goes away before its turn is simply dropped.
 */

/** Time a frame spends creating charts before it lets the browser paint and handle input. */
const frameBudgetMs = 12;

const waiting: (() => void)[] = [];
let scheduled = false;

function drawSome(): void {
  const start = performance.now();
  try {
    // At least one per frame, so a chart slower than the budget still gets drawn.
    do waiting.shift()!();
    while (waiting.length > 0 && performance.now() - start < frameBudgetMs);
  } finally {
    // A chart that throws is reported as any uncaught error, and the others still get their turn.
    if (waiting.length > 0) requestAnimationFrame(drawSome);
    else scheduled = false;
  }
}

/** Runs `draw` in a coming frame, after those queued before it; the function returned takes it back out. */
export function drawInTurn(draw: () => void): () => void {
  waiting.push(draw);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(drawSome);
  }
  return () => {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}
