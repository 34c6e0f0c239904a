import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { appScheme, appSchemePrivileges, serveBundle } from './app-protocol.ts';
import { createEnginePool } from './compute/engine-pool.ts';
import { createEngineService } from './compute/engine-service.ts';
import { createAppHandlers, readAppInfo } from './ipc/app-handlers.ts';
import { createEngineHandlers } from './ipc/engine-handlers.ts';
import { createLinkHandlers } from './ipc/link-handlers.ts';
import { registerIpcHandlers } from './ipc/register.ts';
import { guardSessionPermissions, guardWebContents } from './security.ts';
import { developmentUserDataPath, rendererLocation } from './user-data.ts';
import { createMainWindow } from './window.ts';

/** Lifecycle only: every decision lives in a module of its own, with its tests. */

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererRoot = join(import.meta.dirname, '../renderer');
const location = rendererLocation(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

// Before `ready`: privileged schemes, the sandbox for every renderer, and the userData folder.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
app.enableSandbox();
if (!app.isPackaged) app.setPath('userData', developmentUserDataPath(app.getPath('userData')));

let mainWindow: BrowserWindow | undefined;
const engine = createEngineService(createEnginePool());

function logRefusal(what: string, url: string): void {
  console.warn(`[security] ${what}: ${url.slice(0, 200)}`);
}

function openWindow(): void {
  mainWindow = createMainWindow(location.url, preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

// Two instances would share one IndexedDB; the second one hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => shell.openExternal(url), logRefusal);
  });

  void app.whenReady().then(() => {
    serveBundle(protocol, rendererRoot);
    guardSessionPermissions(session.defaultSession, location.origin);
    registerIpcHandlers(
      ipcMain,
      {
        ...createEngineHandlers(engine),
        ...createLinkHandlers((url) => shell.openExternal(url)),
        ...createAppHandlers(readAppInfo(app, process.versions, process.platform)),
      },
      () => ({ contentsId: mainWindow?.webContents.id, origin: location.origin }),
    );
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void engine.close();
  });
}
