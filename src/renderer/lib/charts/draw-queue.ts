/**
 * Chart creations wait their turn here and run a frame's worth at a time, so a screen of a dozen charts never
 * holds the UI thread in one long task (issue 15: no task over 50 ms while the Stats screen draws). A chart
 * whose card goes away before its turn is simply dropped.
 */

/** Time a frame spends creating charts before it lets the browser paint and handle input. */
const frameBudgetMs = 12;

interface Turn {
  draw: () => void;
  /** The chart's id: its last draw's time is remembered under it. */
  key: string | undefined;
}

const waiting: Turn[] = [];
/** How long each keyed chart's last draw took (a year of daily bars: ~40 ms, a doughnut: ~5 ms). */
const lastCost = new Map<string, number>();
let scheduled = false;

/** What `turn` is expected to take: its last time, or nothing known yet. */
function expected(turn: Turn): number {
  return turn.key === undefined ? 0 : (lastCost.get(turn.key) ?? 0);
}

function drawSome(): void {
  const start = performance.now();
  try {
    // At least one per frame, so a chart slower than the budget still gets drawn; then the next ones while the
    // frame has room for what they took last time (a slow chart after a quick one waits for a frame of its own).
    do {
      const turn = waiting.shift()!;
      const began = performance.now();
      try {
        turn.draw();
      } finally {
        if (turn.key !== undefined) lastCost.set(turn.key, performance.now() - began);
      }
    } while (waiting.length > 0 && performance.now() - start + expected(waiting[0]!) < frameBudgetMs);
  } finally {
    // A chart that throws is reported as any uncaught error, and the others still get their turn.
    if (waiting.length > 0) requestAnimationFrame(drawSome);
    else scheduled = false;
  }
}

/**
 * Runs `draw` in a coming frame, after those queued before it; the function returned takes it back out. `key`
 * (the chart's id) lets the queue remember how long the chart took, to give a slow one a frame of its own.
 */
export function drawInTurn(draw: () => void, key?: string): () => void {
  const turn: Turn = { draw, key };
  waiting.push(turn);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(drawSome);
  }
  return () => {
    const index = waiting.indexOf(turn);
    if (index >= 0) waiting.splice(index, 1);
  };
}
