import { describe, expect, it, vi } from 'vitest';

import { existsSync } from 'node:fs';

const constructed: { icon?: string; webPreferences?: Record<string, unknown> }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: { icon?: string; webPreferences?: Record<string, unknown> }) {
      constructed.push(options);
    }
  },
}));

const { createMainWindow } = await import('../../../src/main/window.ts');

describe('the main window', () => {
  const window = createMainWindow('app://bundle/index.html', '/app/out/preload/index.cjs') as unknown as {
    loadURL: ReturnType<typeof vi.fn>;
  };
  const preferences = constructed.at(-1)?.webPreferences;

  it('loads the renderer URL', () => {
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('is sandboxed and isolated, with only our preload', () => {
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
    });
  });

  it('has no Node anywhere, no webviews, no insecure content, no experiments', () => {
    const mustBeOff = [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webviewTag',
    ];
    for (const name of [...mustBeOff, 'allowRunningInsecureContent', 'experimentalFeatures']) {
      expect(preferences?.[name], name).toBe(false);
    }
    expect(preferences?.webSecurity).toBe(true);
  });

  it('shows the app icon, a file that exists', () => {
    const icon = constructed.at(-1)?.icon;
    expect(icon).toMatch(/resources\/icons\/icon-256\.png$/);
    expect(existsSync(icon!)).toBe(true);
  });
});
