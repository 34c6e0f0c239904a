/**
 * The largest file each command reads, in bytes, known from `stat` before a byte is read (read-input.ts);
 * docs/cli.md and the README list them.
 */
export const inputLimits = {
  /**
   * A network: the engine takes 200,000 characters of description text (up to 4 bytes each in UTF-8) or a
   * JSON network of 5,000 layers, so 4 MiB holds every network it accepts.
   */
  analyze: 4 * 1024 * 1024,
  /**
   * A file of op cases: a case may read 8 M numbers (op-cases.ts), 16 MB or more as JSON text; 32 MiB keeps
   * the parsed file and its tensors within a few hundred MB.
   */
  ops: 32 * 1024 * 1024,
} as const;
