import { isQuotaExceeded, StorageFullError } from './storage-errors.ts';

/**
 * Whether the app can still save. After a full disk it turns read-only: every later write is refused before it
 * starts (so nothing is half-written) and the shell shows what to do.
 */
class StorageStatus {
  readOnly = $state(false);
  /** The last failure, for the banner; null when all is well. */
  failure = $state<'disk-full' | 'write-failed' | null>(null);
  detail = $state('');
  persisted = $state<boolean | null>(null);

  /** Runs a write; a quota error turns the app read-only, any other failure is reported and rethrown. */
  write = async <Value>(work: () => Promise<Value>): Promise<Value> => {
    if (this.readOnly) throw new StorageFullError('read-only mode');
    try {
      return await work();
    } catch (error) {
      if (isQuotaExceeded(error)) {
        this.readOnly = true;
        this.failure = 'disk-full';
        throw new StorageFullError(error);
      }
      this.failure = 'write-failed';
      this.detail = error instanceof Error ? error.message : String(error);
      throw error;
    }
  };

  /** Asks the browser not to evict our data under storage pressure (`navigator.storage.persist()`). */
  requestPersistence = async (): Promise<void> => {
    try {
      this.persisted = (await navigator.storage?.persist?.()) ?? null;
    } catch {
      this.persisted = false;
    }
  };
}

export const storageStatus = new StorageStatus();
