import { join } from 'node:path';

/**
 * Where electron-vite puts the built app, seen from the folder that holds the built main (out/main): the
 * sandboxed preload as one CommonJS file, and the renderer served on app://bundle. Main and the launch test's
 * stand-in for Electron both read it here, so they cannot disagree.
 */
export interface BundleLayout {
  preload: string;
  rendererRoot: string;
  rendererEntry: string;
}

export function bundleLayout(mainFolder: string): BundleLayout {
  const rendererRoot = join(mainFolder, '../renderer');
  return {
    preload: join(mainFolder, '../preload/index.cjs'),
    rendererRoot,
    rendererEntry: join(rendererRoot, 'index.html'),
  };
}
