/**
 * The buffers behind the typed arrays of a payload or reply (a tensor's data, an image's pixels), found by
 * walking its plain objects and arrays a few levels deep: the engine's payloads nest no deeper.
 */
export function payloadBuffers(value: unknown, depth = 3): ArrayBufferLike[] {
  const found = new Set<ArrayBufferLike>();
  const visit = (item: unknown, level: number) => {
    if (ArrayBuffer.isView(item)) found.add(item.buffer);
    else if (typeof item === 'object' && item !== null && level < depth) {
      for (const entry of Object.values(item)) visit(entry, level + 1);
    }
  };
  visit(value, 0);
  return [...found];
}

/**
 * Whether a buffer is shared memory. Shared buffers are never moved (postMessage refuses them in a transfer
 * list) nor reused for a reply: another thread may still read them.
 */
export function isShared(buffer: ArrayBufferLike): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer;
}

/** The buffers of `value` that can be moved to another thread: every one that is not shared memory. */
export function movableBuffers(value: unknown): ArrayBuffer[] {
  return payloadBuffers(value).filter((buffer) => !isShared(buffer)) as ArrayBuffer[];
}
