/**
 * Storage failures the student must hear about. A full disk fails whole transactions (nothing is
 * half-written, because every write that belongs together is one transaction); what failed is kept in memory
 * and written again once space is freed.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause: unknown) {
    super('The disk is full: DeepDrill cannot save until space is freed.', { cause });
  }
}

/** True for the browser's and Dexie's ways of saying the quota is exceeded. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaExceeded(inner));
}
