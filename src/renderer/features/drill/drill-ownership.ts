/**
 * Which window owns a drill in progress. Only the owner changes and saves it; another window shows "this drill
 * is open in another window" and can take it over explicitly, which stops the first one (it hears `onLost`).
 * The stored revision (src/shared/drill/revision.ts) refuses whatever write still slips through.
 */
export interface DrillOwnership {
  /**
   * Claims drill `drillId` for this window; resolves true when this window owns it. Without `takeOver` a
   * drill owned elsewhere stays there (false); with it, it is taken from that window. `onLost` is called when
   * another window takes it from this one.
   */
  claim(drillId: string, takeOver: boolean, onLost: () => void): Promise<boolean>;
  /** Lets the drill go (it finished, or this window started another). */
  release(drillId: string): void;
}

/**
 * Ownership across the windows and tabs of the app's origin, with Web Locks: a window holds the drill's lock
 * while it owns it, and a window that closes or crashes frees it. Taking over steals the lock; the request of
 * the window it was stolen from then rejects with an AbortError, which is how that window hears of it.
 */
export function webLockOwnership(locks: LockManager): DrillOwnership {
  const held = new Map<string, () => void>();
  return {
    claim(drillId, takeOver, onLost) {
      if (held.has(drillId)) return Promise.resolve(true);
      return new Promise((resolve) => {
        let release = () => {};
        const holding = new Promise<void>((done) => (release = done));
        const options: LockOptions = takeOver ? { steal: true } : { ifAvailable: true };
        locks
          .request(`deepdrill.drill.${drillId}`, options, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            held.set(drillId, release);
            resolve(true);
            return holding;
          })
          .catch(() => {
            resolve(false);
            if (held.get(drillId) !== release) return;
            held.delete(drillId);
            onLost();
          });
      });
    },
    release(drillId) {
      held.get(drillId)?.();
      held.delete(drillId);
    },
  };
}

/**
 * The same rules within one JavaScript realm, for where Web Locks do not exist (jsdom, an old runtime):
 * windows that share `owners` coordinate as windows sharing Web Locks do. In a single window it always grants.
 */
export function localOwnership(owners: Map<string, () => void>): DrillOwnership {
  const mine = new Map<string, () => void>();
  return {
    async claim(drillId, takeOver, onLost) {
      const owner = owners.get(drillId);
      if (owner !== undefined && owner === mine.get(drillId)) return true;
      if (owner !== undefined && !takeOver) return false;
      owners.set(drillId, onLost);
      mine.set(drillId, onLost);
      owner?.();
      return true;
    },
    release(drillId) {
      if (owners.get(drillId) === mine.get(drillId)) owners.delete(drillId);
      mine.delete(drillId);
    },
  };
}
