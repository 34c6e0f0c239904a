import { describe, expect, it, vi } from 'vitest';
import { developmentUserDataPath, rendererLocation, userDataFolder } from '../../../src/main/user-data.ts';

vi.mock('electron');

describe('rendererLocation', () => {
  const release = { url: 'app://bundle/index.html', origin: 'app://bundle' };

  it('is always app://bundle in a packaged app, dev server or not', () => {
    expect(rendererLocation(true, undefined)).toEqual(release);
    expect(rendererLocation(true, 'http://localhost:5173')).toEqual(release);
  });

  it('is the dev server in development when it is plain http on this machine', () => {
    expect(rendererLocation(false, 'http://localhost:5173/')).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(rendererLocation(false, 'http://127.0.0.1:5180').origin).toBe('http://127.0.0.1:5180');
  });

  it('falls back to app://bundle for a dev server URL that is missing, remote or odd', () => {
    for (const url of [
      undefined,
      '',
      'http://evil.example:5173',
      'https://localhost:5173',
      'file:///x',
      'junk',
    ]) {
      expect(rendererLocation(false, url)).toEqual(release);
    }
  });
});

describe('developmentUserDataPath', () => {
  it('keeps development data next to, never inside, the release data', () => {
    expect(developmentUserDataPath('/home/ana/.config/DeepDrill')).toBe('/home/ana/.config/DeepDrill-dev');
    expect(developmentUserDataPath('C:\\Users\\ana\\AppData\\Roaming\\DeepDrill\\')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\DeepDrill-dev',
    );
  });
});

describe('userDataFolder', () => {
  const release = '/home/ana/.config/DeepDrill';
  const appBundle = rendererLocation(false, undefined);
  const devServer = rendererLocation(false, 'http://127.0.0.1:5177/');

  it('is the real folder for `npm start` (unpackaged, app://bundle) and for the packaged app', () => {
    expect(userDataFolder(release, appBundle, undefined)).toBe(release);
    expect(userDataFolder(release, rendererLocation(true, 'http://127.0.0.1:5177/'), undefined)).toBe(
      release,
    );
  });

  it('is the development folder only for `npm run dev`, whose renderer comes from the dev server', () => {
    expect(userDataFolder(release, devServer, undefined)).toBe('/home/ana/.config/DeepDrill-dev');
  });

  it('takes an absolute DEEPDRILL_USER_DATA_DIR over both, and refuses a relative one', () => {
    expect(userDataFolder(release, appBundle, '/tmp/deepdrill-e2e')).toBe('/tmp/deepdrill-e2e');
    expect(userDataFolder(release, devServer, '/tmp/deepdrill-e2e')).toBe('/tmp/deepdrill-e2e');
    expect(() => userDataFolder(release, appBundle, 'data')).toThrow(
      'DEEPDRILL_USER_DATA_DIR must be an absolute path, got "data"',
    );
  });
});
