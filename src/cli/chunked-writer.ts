import type { CommandIo } from './command.ts';

/** Characters collected before one write: large enough that a 200 MB output is a few thousand writes. */
const flushAt = 1 << 16;

/**
 * Collects many small strings (a tensor's JSON comes in pieces) and writes them in chunks of about 64 K
 * characters, so a large output is streamed without being built as one string.
 */
export class ChunkedWriter {
  #pending: string[] = [];
  #length = 0;

  constructor(private readonly output: CommandIo['stdout']) {}

  write(piece: string): void {
    this.#pending.push(piece);
    this.#length += piece.length;
    if (this.#length >= flushAt) this.flush();
  }

  flush(): void {
    if (this.#length === 0) return;
    this.output.write(this.#pending.join(''));
    this.#pending = [];
    this.#length = 0;
  }
}
