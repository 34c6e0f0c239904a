import { isQuotaExceeded, StorageFullError } from './storage-errors.ts';

/**
 * Whether the app's writes succeed, for the shell's banner. A failure is reported, never a reason to stop:
 * the writer keeps what it could not save in memory and tries again (the drill store does), and the banner
 * clears at the next write that succeeds, e.g. once disk space is freed.
 */
class StorageStatus {
  /** The last failure, for the banner; null when the last write succeeded. */
  failure = $state<'disk-full' | 'write-failed' | null>(null);
  detail = $state('');
  persisted = $state<boolean | null>(null);

  /** Runs a write; a quota error is rethrown as StorageFullError, any other failure as it was. */
  write = async <Value>(work: () => Promise<Value>): Promise<Value> => {
    try {
      const value = await work();
      this.failure = null;
      this.detail = '';
      return value;
    } catch (error) {
      if (isQuotaExceeded(error)) {
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
