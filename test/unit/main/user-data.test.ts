import { describe, expect, it, vi } from 'vitest';
import { developmentUserDataPath, rendererLocation } from '../../../src/main/user-data.ts';

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
