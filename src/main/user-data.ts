import { isAbsolute } from 'node:path';
import { appEntryUrl, appOrigin } from './app-protocol.ts';
import { originOf } from './security.ts';

/**
 * Where the renderer comes from, and therefore which origin main trusts. Release: app://bundle, always. In
 * development (not packaged, and electron-vite's dev server announced itself): the dev server, if and only if
 * it is plain http on this machine.
 */
export interface RendererLocation {
  url: string;
  origin: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function rendererLocation(isPackaged: boolean, devServerUrl: string | undefined): RendererLocation {
  if (!isPackaged && devServerUrl) {
    const origin = originOf(devServerUrl);
    const url = origin ? new URL(devServerUrl) : undefined;
    if (origin && url && url.protocol === 'http:' && loopbackHosts.has(url.hostname)) {
      return { url: devServerUrl, origin };
    }
  }
  return { url: appEntryUrl, origin: appOrigin };
}

/**
 * A development build keeps its own userData (and so its own IndexedDB), so trying things out never touches
 * the decks and review history of the installed app.
 */
export function developmentUserDataPath(releaseUserDataPath: string): string {
  return `${releaseUserDataPath.replace(/[\\/]+$/, '')}-dev`;
}

/**
 * The userData folder, where Chromium keeps the student's IndexedDB. `npm start` is how students run the app,
 * so it uses the real folder (Electron's, named after package.json's productName), the same one a packaged
 * build uses. Only `npm run dev`, whose renderer comes from electron-vite's dev server, uses the development
 * folder. `override` (DEEPDRILL_USER_DATA_DIR) is for tests that must not touch anyone's data; it must be
 * absolute, since a relative folder would move with the working directory.
 */
export function userDataFolder(
  releaseUserDataPath: string,
  location: RendererLocation,
  override: string | undefined,
): string {
  if (override) {
    if (!isAbsolute(override)) {
      throw new Error(`DEEPDRILL_USER_DATA_DIR must be an absolute path, got ${JSON.stringify(override)}`);
    }
    return override;
  }
  return location.origin === appOrigin ? releaseUserDataPath : developmentUserDataPath(releaseUserDataPath);
}
