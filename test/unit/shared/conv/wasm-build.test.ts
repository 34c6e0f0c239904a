import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels, renderWasmModule, wasmModulePath } from '../../../../scripts/build-wasm.ts';
import { decodeBase64 } from '../../../../src/shared/conv/wasm/base64.ts';
import { convKernelsWasmBase64 } from '../../../../src/shared/conv/wasm/conv-kernels-wasm.ts';

describe('the committed WebAssembly', () => {
  it('is what scripts/build-wasm.ts makes from assembly/ today', async () => {
    const binary = await compileKernels();
    expect(readFileSync(wasmModulePath, 'utf8')).toBe(renderWasmModule(binary));
  }, 60_000);

  it('decodes from base64 to the same bytes as Node does', () => {
    expect(decodeBase64(convKernelsWasmBase64)).toEqual(
      new Uint8Array(Buffer.from(convKernelsWasmBase64, 'base64')),
    );
    expect(decodeBase64('TWE=')).toEqual(Uint8Array.from([77, 97]));
    expect(decodeBase64('TQ==')).toEqual(Uint8Array.from([77]));
  });
});
