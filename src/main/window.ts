import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** The window's icon (resources/README.md): two folders up from out/main, where this file is built to. */
const iconPath = join(import.meta.dirname, '../../resources/icons/icon-256.png');

/**
 * The one window: a sandboxed renderer with context isolation, no Node, and only our preload. The preferences
 * are spelled out even where they equal Electron's defaults, and written inline so that electronegativity
 * (which reads this literal) and a reader both see them.
 */
export function createMainWindow(url: string, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'DeepDrill',
    icon: iconPath,
    webPreferences: {
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
    },
  });
  // Shown once painted, so the student never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
