import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  executableName,
  locateElectron,
  type BinaryFiles,
} from '../../../../scripts/launch/electron-binary.ts';

const electronPackage = '/app/node_modules/electron';

function filesOf(contents: Record<string, string>): BinaryFiles {
  return { isFile: (path) => path in contents, read: (path) => contents[path] };
}

const downloaded = filesOf({
  [join(electronPackage, 'path.txt')]: 'electron',
  [join(electronPackage, 'dist/electron')]: '',
  '/opt/electron/electron': '',
  '/tmp/stub': '',
});

describe('locateElectron', () => {
  it('takes ELECTRON_EXEC_PATH first, when the file is there', () => {
    expect(locateElectron({ ELECTRON_EXEC_PATH: '/tmp/stub' }, electronPackage, 'linux', downloaded)).toEqual(
      {
        kind: 'found',
        path: '/tmp/stub',
        from: 'ELECTRON_EXEC_PATH',
      },
    );
  });

  it('refuses an ELECTRON_EXEC_PATH that is not there instead of downloading another Electron', () => {
    expect(locateElectron({ ELECTRON_EXEC_PATH: '/nowhere' }, electronPackage, 'linux', downloaded)).toEqual({
      kind: 'missing',
      variable: 'ELECTRON_EXEC_PATH',
      path: '/nowhere',
    });
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH for the executable path.txt names, or the platform default', () => {
    const override = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(locateElectron(override, electronPackage, 'linux', downloaded)).toEqual({
      kind: 'found',
      path: '/opt/electron/electron',
      from: 'ELECTRON_OVERRIDE_DIST_PATH',
    });
    expect(
      locateElectron(override, electronPackage, 'linux', filesOf({ '/opt/electron/electron': '' })),
    ).toEqual({ kind: 'found', path: '/opt/electron/electron', from: 'ELECTRON_OVERRIDE_DIST_PATH' });
    expect(locateElectron(override, electronPackage, 'win32', filesOf({}))).toEqual({
      kind: 'missing',
      variable: 'ELECTRON_OVERRIDE_DIST_PATH',
      path: join('/opt/electron', 'electron.exe'),
    });
  });

  it("uses the electron package's download when path.txt and the file under dist/ are both there", () => {
    expect(locateElectron({}, electronPackage, 'linux', downloaded)).toEqual({
      kind: 'found',
      path: join(electronPackage, 'dist/electron'),
      from: 'electron package',
    });
  });

  it('says "not downloaded" on a fresh clone (no path.txt) and after a half-finished download', () => {
    expect(locateElectron({}, electronPackage, 'linux', filesOf({}))).toEqual({ kind: 'not-downloaded' });
    const pathOnly = filesOf({ [join(electronPackage, 'path.txt')]: 'electron' });
    expect(locateElectron({}, electronPackage, 'linux', pathOnly)).toEqual({ kind: 'not-downloaded' });
    expect(locateElectron({ ELECTRON_EXEC_PATH: '' }, electronPackage, 'linux', filesOf({}))).toEqual({
      kind: 'not-downloaded',
    });
  });
});

describe('executableName', () => {
  it('names the executable inside a download as install-electron does', () => {
    expect(executableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(executableName('win32')).toBe('electron.exe');
    expect(executableName('linux')).toBe('electron');
  });
});
