import type { Session, WebContents } from 'electron';

/**
 * The only places a link may take the student: the course's reading, each as an exact https host and, where the
 * host is a general one like github.com, a path prefix. Anything else is refused.
 */
export const externalLinkAllowlist: readonly { host: string; pathPrefix?: string }[] = [
  { host: 'distill.pub' },
  { host: 'arxiv.org' },
  { host: 'pytorch.org' },
  { host: 'docs.pytorch.org' },
  { host: 'github.com', pathPrefix: '/vdumoulin/conv_arithmetic' },
];

/** Longer than any real reading link; refusing longer strings keeps a hostile payload from costing anything. */
export const externalLinkMaxLength = 2048;

/** True only for an https URL on the allowlist, without credentials or an explicit port. */
export function isAllowedExternalLink(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > externalLinkMaxLength) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return externalLinkAllowlist.some(
    ({ host, pathPrefix }) =>
      url.hostname === host &&
      (pathPrefix === undefined || url.pathname === pathPrefix || url.pathname.startsWith(`${pathPrefix}/`)),
  );
}

/**
 * `scheme://host[:port]` of a URL, or undefined. Node's `URL.origin` is "null" for custom schemes such as
 * app://, so origins are compared in this form everywhere in main.
 */
export function originOf(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    if (url.username || url.password || !url.host) return undefined;
    return `${url.protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

/**
 * What to do when a page tries to leave: never navigate in the app window; an allowlisted link opens in the
 * student's browser instead.
 */
export function decideNavigation(url: string): { allowInApp: false; openExternally: boolean } {
  return { allowInApp: false, openExternally: isAllowedExternalLink(url) };
}

/**
 * Only one permission is ever granted: persistent storage for our own page, so Chromium never evicts the
 * student's IndexedDB under disk pressure. Camera, notifications, clipboard reads, HID … are all refused.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  trustedOrigin: string,
): boolean {
  return permission === 'persistent-storage' && originOf(requestingUrl) === trustedOrigin;
}

export function guardSessionPermissions(session: Session, trustedOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, trustedOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, trustedOrigin),
  );
}

/**
 * Applied to every WebContents as it is created (the main window's too): no navigation, no redirects, no
 * new windows, no <webview>. Allowlisted links go to the system browser.
 */
export function guardWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  onRefused: (what: string, url: string) => void,
): void {
  const openIfAllowed = (url: string): void => {
    if (decideNavigation(url).openExternally)
      openExternal(url).catch(() => onRefused('openExternal failed', url));
    else onRefused('refused', url);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    onRefused('redirect refused', event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onRefused('webview refused', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}
