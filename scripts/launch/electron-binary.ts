import { join } from 'node:path';

/**
 * Where the Electron executable is, in the order `npm start` looks: $ELECTRON_EXEC_PATH (a binary you already
 * have), $ELECTRON_OVERRIDE_DIST_PATH (a folder holding one, as the `electron` package itself honours), then
 * the one the `electron` package downloaded (its path.txt names the file under dist/). A path that was asked for
 * explicitly but is not there is an error, never a reason to download something else.
 */
export type ElectronBinary =
  | { kind: 'found'; path: string; from: ElectronSource }
  | { kind: 'missing'; variable: ExplicitVariable; path: string }
  | { kind: 'not-downloaded' };

export type ExplicitVariable = 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH';
export type ElectronSource = ExplicitVariable | 'electron package';

/** The file system as this module needs it (tests pass a map). */
export interface BinaryFiles {
  isFile(path: string): boolean;
  /** The file's text, or undefined when it does not exist. */
  read(path: string): string | undefined;
}

/** The executable inside an Electron download, as the `electron` package's install.js names it. */
export function executableName(platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function locateElectron(
  environment: Record<string, string | undefined>,
  electronPackage: string,
  platform: string,
  files: BinaryFiles,
): ElectronBinary {
  const execPath = environment.ELECTRON_EXEC_PATH;
  if (execPath) {
    return files.isFile(execPath)
      ? { kind: 'found', path: execPath, from: 'ELECTRON_EXEC_PATH' }
      : { kind: 'missing', variable: 'ELECTRON_EXEC_PATH', path: execPath };
  }
  const named = files.read(join(electronPackage, 'path.txt'))?.trim() || undefined;
  const distPath = environment.ELECTRON_OVERRIDE_DIST_PATH;
  if (distPath) {
    const path = join(distPath, named ?? executableName(platform));
    return files.isFile(path)
      ? { kind: 'found', path, from: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : { kind: 'missing', variable: 'ELECTRON_OVERRIDE_DIST_PATH', path };
  }
  if (named) {
    const path = join(electronPackage, 'dist', named);
    if (files.isFile(path)) return { kind: 'found', path, from: 'electron package' };
  }
  return { kind: 'not-downloaded' };
}
