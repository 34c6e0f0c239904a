import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { appScheme, appSchemePrivileges, serveBundle } from './app-protocol.ts';
import { bundleLayout } from './bundle-layout.ts';
import { createEnginePool } from './compute/engine-pool.ts';
import { createEngineService } from './compute/engine-service.ts';
import { nodeFileSystem } from './backup/atomic-write.ts';
import { BackupFolder } from './backup/backup-folder.ts';
import { BackupFolderSetting } from './backup/folder-setting.ts';
import { ExitBackup } from './exit-backup.ts';
import { createAppHandlers, createExitBackupHandlers, readAppInfo } from './ipc/app-handlers.ts';
import { createBackupHandlers } from './ipc/backup-handlers.ts';
import { createEngineHandlers } from './ipc/engine-handlers.ts';
import { createLinkHandlers } from './ipc/link-handlers.ts';
import { registerIpcHandlers } from './ipc/register.ts';
import { quitAfterClosing, showOrOpenWindow } from './lifecycle.ts';
import { guardSessionPermissions, guardWebContents } from './security.ts';
import { rendererLocation, userDataFolder } from './user-data.ts';
import { createMainWindow } from './window.ts';

/** Lifecycle only: every decision lives in a module of its own, with its tests. */

const layout = bundleLayout(import.meta.dirname);
const location = rendererLocation(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

// Before `ready`: privileged schemes, the sandbox for every renderer, and the userData folder.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
app.enableSandbox();
app.setPath(
  'userData',
  userDataFolder(app.getPath('userData'), location, process.env.DEEPDRILL_USER_DATA_DIR),
);

let mainWindow: BrowserWindow | undefined;
/** The open window's backup at exit (exit-backup.ts): asked once, when it closes or the app quits. */
let exitBackup: ExitBackup | undefined;
const engine = createEngineService(createEnginePool());

function logRefusal(what: string, url: string): void {
  console.warn(`[security] ${what}: ${url.slice(0, 200)}`);
}

function openWindow(): void {
  const window = createMainWindow(location.url, layout.preload);
  const backup = new ExitBackup({
    ask: (requestId) => {
      if (window.isDestroyed() || window.webContents.isCrashed()) return false;
      window.webContents.send('app:exit-backup', { requestId });
      return true;
    },
    newRequestId: randomUUID,
  });
  window.on('close', (event) => backup.hold(event, () => window.close()));
  window.on('closed', () => {
    if (mainWindow === window) [mainWindow, exitBackup] = [undefined, undefined];
  });
  [mainWindow, exitBackup] = [window, backup];
}

// Two instances would share one IndexedDB; the second one hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    void app.whenReady().then(() => showOrOpenWindow(mainWindow, openWindow));
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => shell.openExternal(url), logRefusal);
  });

  const backupSetting = new BackupFolderSetting(app.getPath('userData'));
  const backups = new BackupFolder({
    folder: () => backupSetting.current(),
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  async function chooseBackupFolder(event: Electron.IpcMainInvokeEvent): Promise<string | undefined> {
    const window = BrowserWindow.fromWebContents(event.sender) ?? mainWindow;
    const options: Electron.OpenDialogOptions = {
      defaultPath: backupSetting.current(),
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return choice.canceled ? undefined : choice.filePaths[0];
  }

  void Promise.all([app.whenReady(), backupSetting.load()]).then(() => {
    serveBundle(protocol, layout.rendererRoot);
    guardSessionPermissions(session.defaultSession, location.origin);
    registerIpcHandlers(
      ipcMain,
      {
        ...createEngineHandlers(engine),
        ...createLinkHandlers((url) => shell.openExternal(url)),
        ...createAppHandlers(readAppInfo(app, process.versions, process.platform)),
        ...createExitBackupHandlers((requestId) => exitBackup?.answered(requestId)),
        ...createBackupHandlers({
          backups,
          setting: backupSetting,
          chooseFolder: chooseBackupFolder,
          fileSystem: nodeFileSystem,
        }),
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

  // Quitting with the window open (the menu, Cmd+Q) first lets the renderer back up what changed (10 s at most).
  app.on('before-quit', (event) => exitBackup?.hold(event, () => app.quit()));

  // Quitting waits (a few seconds at most) for the engine's workers to end.
  app.on(
    'will-quit',
    quitAfterClosing(
      () => engine.close(),
      () => app.quit(),
    ),
  );
}
