import { externalLinkAllowlist, isAllowedExternalLink } from '../security.ts';
import { refuse } from '../../shared/engine/payload.ts';
import type { InvokeHandlers } from './invoke-handlers.ts';

/** `link:open`: the renderer asks, main decides; only allowlisted https links reach the system browser. */
export function createLinkHandlers(
  openExternal: (url: string) => Promise<void>,
): InvokeHandlers<'link:open'> {
  return {
    'link:open': async (_event, url) => {
      if (!isAllowedExternalLink(url)) {
        const hosts = externalLinkAllowlist.map(({ host, pathPrefix }) => host + (pathPrefix ?? ''));
        throw refuse({ code: 'linkNotAllowed', hosts });
      }
      await openExternal(url);
    },
  };
}
