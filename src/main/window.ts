import { BrowserWindow, type WebPreferences } from 'electron';

/**
 * The one window's preferences, spelled out even where they equal Electron's defaults, so a reader (and the
 * security gate) sees them. A sandboxed renderer with context isolation, no Node, and only our preload.
 */
export function mainWindowPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function createMainWindow(url: string, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'DeepDrill',
    webPreferences: mainWindowPreferences(preloadPath),
  });
  // Shown once painted, so the student never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
