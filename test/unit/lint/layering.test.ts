import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path`, with the project's own eslint.config.js. */
async function ruleIdsFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layering rules of `npm run lint`', () => {
  it('rejects electron in src/shared', async () => {
    expect(
      await ruleIdsFor(
        'src/shared/nn/example.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('rejects node:fs (and bare fs) in src/shared', async () => {
    expect(
      await ruleIdsFor(
        'src/shared/example.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'src/shared/example.ts',
        "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('rejects DOM globals and renderer imports in src/shared', async () => {
    expect(await ruleIdsFor('src/shared/example.ts', 'export const title = document.title;\n')).toContain(
      'no-restricted-globals',
    );
    expect(
      await ruleIdsFor(
        'src/shared/example.ts',
        "export { locale } from '../renderer/lib/i18n/locale.svelte.ts';\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('accepts pure code in src/shared', async () => {
    expect(
      await ruleIdsFor(
        'src/shared/example.ts',
        "import { conv2d } from './conv/conv2d.ts';\nexport const c = conv2d;\n",
      ),
    ).toEqual([]);
  });

  it('keeps electron and node out of the renderer, and features apart', async () => {
    expect(
      await ruleIdsFor(
        'src/renderer/lib/example.ts',
        "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor('src/renderer/features/drill/example.ts', "export { x } from '../convlab/x.ts';\n"),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'src/renderer/features/drill/example.ts',
        "import Dexie from 'dexie';\nexport const d = Dexie;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('keeps the renderer out of main', async () => {
    expect(
      await ruleIdsFor('src/main/example.ts', "export { router } from '../renderer/lib/router.svelte.ts';\n"),
    ).toContain('no-restricted-imports');
  });
});
