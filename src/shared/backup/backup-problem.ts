import type { Expectation } from './row-checks.ts';

/**
 * Why a file cannot be restored: a closed union of codes with their values, worded in zh and en by
 * backup-messages.ts. `row` is the row's index in its table, counted from 0.
 */
export type BackupProblem =
  | { code: 'empty' }
  | { code: 'not-a-backup' }
  | { code: 'truncated' }
  | { code: 'manifest-invalid'; field: string }
  | { code: 'format-version'; found: number; supported: number }
  | { code: 'newer-schema'; schemaVersion: number; supported: number; appVersion: string }
  | { code: 'unknown-schema'; schemaVersion: number }
  | { code: 'size-mismatch'; expected: number; found: number }
  | { code: 'checksum-mismatch'; expected: string; found: string }
  | { code: 'content-unreadable' }
  /** The content inflates past contentInflatedLimit (`limitMb` MiB): refused before it exhausts memory. */
  | { code: 'content-too-large'; limitMb: number }
  | { code: 'manifest-mismatch'; field: string }
  | { code: 'missing-table'; table: string }
  | { code: 'unknown-table'; table: string }
  | { code: 'table-invalid'; table: string }
  | { code: 'count-mismatch'; table: string; expected: number; found: number }
  | {
      code: 'row-invalid';
      table: string;
      row: number;
      field: string;
      expected: Expectation;
      /** The allowed values, for `one-of`, as the catalogue shows them (`"seed", "import"`). */
      allowed?: string;
    }
  | { code: 'duplicate-key'; table: string; row: number; key: string }
  | { code: 'more-problems'; count: number };

export type BackupProblemCode = BackupProblem['code'];
