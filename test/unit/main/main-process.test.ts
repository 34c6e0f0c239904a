import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * src/main/index.ts wired to a fake Electron: which userData folder `npm start` uses, that a second instance
 * gets a window even when the first has none left, that closing the window or quitting first lets the
 * renderer back up, and that quitting waits for the engine.
 */
const electron = await vi.hoisted(async () => {
  const { vi } = await import('vitest');
  const { EventEmitter } = await import('node:events');
  const windows: {
    closed: () => void;
    options: unknown;
    emit: (name: string, ...args: unknown[]) => boolean;
    webContents: { id: number; send: ReturnType<typeof vi.fn> };
    close: ReturnType<typeof vi.fn>;
  }[] = [];
  return {
    EventEmitter,
    appEvents: new EventEmitter(),
    windows,
    setPath: vi.fn(),
    quit: vi.fn(),
    closeEngine: vi.fn(async () => undefined),
    handle: vi.fn(),
  };
});

const { appEvents } = electron;

vi.mock('electron', () => {
  class BrowserWindow extends electron.EventEmitter {
    static getAllWindows = () => electron.windows;
    webContents = { id: electron.windows.length + 1, send: vi.fn(), isCrashed: () => false };
    constructor(readonly options: unknown) {
      super();
      electron.windows.push({
        closed: () => this.emit('closed'),
        options,
        emit: (name, ...args) => this.emit(name, ...args),
        webContents: this.webContents,
        close: this.close,
      });
    }
    close = vi.fn();
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
    ipcMain: { handle: electron.handle },
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

  it('holds the window’s close and the quit until the renderer answers the exit backup’s request', async () => {
    const window = electron.windows.at(-1)!;
    const [, answer] = electron.handle.mock.calls.find(([channel]) => channel === 'app:exit-backup-done')!;
    const fromWindow = {
      sender: { id: window.webContents.id },
      senderFrame: { url: 'app://bundle/index.html', parent: null },
    };
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledOnce();
    const [channel, request] = window.webContents.send.mock.calls[0]!;
    expect(channel).toBe('app:exit-backup');
    // A quit while the renderer backs up waits with the close.
    const quits = electron.quit.mock.calls.length;
    const beforeQuit = { preventDefault: vi.fn() };
    appEvents.emit('before-quit', beforeQuit);
    expect(beforeQuit.preventDefault).toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    await expect(answer(fromWindow, (request as { requestId: string }).requestId)).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(window.close).toHaveBeenCalledOnce();
    expect(electron.quit).toHaveBeenCalledTimes(quits + 1);
    // Done again, they go through; the renderer was asked once.
    const again = { preventDefault: vi.fn() };
    window.emit('close', again);
    appEvents.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });
});
