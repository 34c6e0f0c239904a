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
