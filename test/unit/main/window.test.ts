import { describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      constructed.push(options);
    }
  },
}));

const { createMainWindow, mainWindowPreferences } = await import('../../../src/main/window.ts');

describe('the main window', () => {
  it('is sandboxed and isolated, without Node, webviews or insecure content', () => {
    expect(mainWindowPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the renderer URL with those preferences', () => {
    const window = createMainWindow('app://bundle/index.html', '/p/index.cjs') as unknown as {
      loadURL: ReturnType<typeof vi.fn>;
    };
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(constructed.at(-1)).toMatchObject({ webPreferences: mainWindowPreferences('/p/index.cjs') });
  });
});
