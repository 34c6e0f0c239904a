import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * src/main/index.ts wired to a fake Electron: which userData folder `npm start` uses, that a second instance
 * gets a window even when the first has none left, and that quitting waits for the engine.
 */
const electron = await vi.hoisted(async () => {
  const { vi } = await import('vitest');
  const { EventEmitter } = await import('node:events');
  const windows: { closed: () => void; options: unknown }[] = [];
  return {
    EventEmitter,
    appEvents: new EventEmitter(),
    windows,
    setPath: vi.fn(),
    quit: vi.fn(),
    closeEngine: vi.fn(async () => undefined),
  };
});

const { appEvents } = electron;

vi.mock('electron', () => {
  class BrowserWindow extends electron.EventEmitter {
    static getAllWindows = () => electron.windows;
    webContents = { id: electron.windows.length + 1 };
    constructor(readonly options: unknown) {
      super();
      electron.windows.push({ closed: () => this.emit('closed'), options });
    }
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  return {
    BrowserWindow,
    app: Object.assign(electron.appEvents, {
      isPackaged: false,
      getPath: (name: string) =>
        `/home/ana/.config/DeepDrill/${name === 'userData' ? '' : name}`.replace(/\/$/, ''),
      setPath: electron.setPath,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      quit: electron.quit,
      getName: () => 'DeepDrill',
      getVersion: () => '0.1.0',
    }),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: { handle: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('../../../src/main/compute/engine-pool.ts', () => ({
  createEnginePool: () => ({
    run: vi.fn(),
    runParts: vi.fn(),
    cancel: vi.fn(),
    close: electron.closeEngine,
    workerLimit: 2,
  }),
}));

beforeAll(async () => {
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.stubEnv('DEEPDRILL_USER_DATA_DIR', undefined);
  await import('../../../src/main/index.ts');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

describe('the main process', () => {
  it('keeps `npm start` data in the real userData folder, not a development one', () => {
    expect(electron.setPath).toHaveBeenCalledWith('userData', '/home/ana/.config/DeepDrill');
  });

  it('opens a window for a second instance when the first has none left', async () => {
    electron.windows[0]!.closed();
    appEvents.emit('second-instance');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(2));
  });

  it('waits for the engine to close before it quits', async () => {
    const event = { preventDefault: vi.fn() };
    appEvents.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.quit).toHaveBeenCalledOnce());
    expect(electron.closeEngine).toHaveBeenCalledOnce();
  });
});
