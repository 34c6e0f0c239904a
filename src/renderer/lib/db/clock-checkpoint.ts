/**
 * Where a running drill's clock was last known, written as the window closes. A write to IndexedDB started
 * while the page is being hidden is not guaranteed to complete (the page is torn down first), so every reload
 * gave back the time since the last regular save. localStorage writes synchronously: this small record always
 * lands, and the next start pauses the drill there (restoreDrill's `seenAt`) if the stored drill is still of
 * that revision, i.e. exactly the state the closing window had.
 */
export interface SeenCheckpoint {
  drillId: string;
  /** The stored revision the window's drill was based on. */
  revision: number;
  seenAt: number;
}

/** Where checkpoints are kept: localStorage in the app, a Map-backed Storage in tests. */
export type CheckpointStorage = Pick<Storage, 'getItem' | 'setItem'>;

const key = 'deepdrill.drill-clock';

export function writeClockCheckpoint(storage: CheckpointStorage, checkpoint: SeenCheckpoint): void {
  try {
    storage.setItem(key, JSON.stringify(checkpoint));
  } catch {
    // A full disk refuses this too; the regular saves still bound what a reload gives back.
  }
}

/** The last checkpoint, or null when there is none or it does not read (it is only ever a refinement). */
export function readClockCheckpoint(storage: CheckpointStorage): SeenCheckpoint | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { drillId, revision, seenAt } = value as Record<string, unknown>;
    return typeof drillId === 'string' && Number.isInteger(revision) && Number.isFinite(seenAt)
      ? { drillId, revision: revision as number, seenAt: seenAt as number }
      : null;
  } catch {
    return null;
  }
}
