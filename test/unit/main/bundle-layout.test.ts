import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bundleLayout } from '../../../src/main/bundle-layout.ts';

vi.mock('electron');

describe('bundleLayout', () => {
  it("places the CommonJS preload and the renderer beside electron-vite's out/main", () => {
    const out = join('/app', 'out');
    expect(bundleLayout(join(out, 'main'))).toEqual({
      preload: join(out, 'preload', 'index.cjs'),
      rendererRoot: join(out, 'renderer'),
      rendererEntry: join(out, 'renderer', 'index.html'),
    });
  });
});
