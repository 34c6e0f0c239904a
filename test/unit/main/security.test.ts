import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  decideNavigation,
  guardSessionPermissions,
  guardWebContents,
  isAllowedExternalLink,
  isPermissionGranted,
  originOf,
} from '../../../src/main/security.ts';

vi.mock('electron');

describe('isAllowedExternalLink', () => {
  it.each([
    'https://distill.pub/2016/deconv-checkerboard/',
    'https://arxiv.org/abs/1603.07285',
    'https://pytorch.org/docs/stable/generated/torch.nn.Conv2d.html',
    'https://docs.pytorch.org/docs/stable/nn.html',
    'https://github.com/vdumoulin/conv_arithmetic',
    'https://github.com/vdumoulin/conv_arithmetic/blob/master/README.md',
  ])('allows %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(true);
  });

  it.each([
    ['http://distill.pub/', 'not https'],
    ['https://user:pass@distill.pub/', 'credentials'],
    ['https://distill.pub:8443/', 'explicit port'],
    ['https://evil.distill.pub/', 'subdomain'],
    ['https://distill.pub.evil.com/', 'suffix host'],
    ['https://github.com/someone/else', 'another repository'],
    ['https://github.com/vdumoulin/conv_arithmetic_evil', 'a lookalike repository'],
    ['javascript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
    ['app://bundle/index.html', 'our own scheme'],
    ['https://' + 'a'.repeat(3000), 'too long'],
    ['not a url', 'unparseable'],
  ])('refuses %s (%s)', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['https://distill.pub/'],
      new URL('https://distill.pub/'),
    ]) {
      expect(isAllowedExternalLink(value)).toBe(false);
    }
  });

  it('only ever allows https URLs on an allowlisted host', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (candidate) => {
        if (!isAllowedExternalLink(candidate)) return;
        const url = new URL(candidate);
        expect(url.protocol).toBe('https:');
        expect(['distill.pub', 'arxiv.org', 'pytorch.org', 'docs.pytorch.org', 'github.com']).toContain(
          url.hostname,
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('originOf', () => {
  it('keeps custom schemes, which Node reports as the "null" origin', () => {
    expect(new URL('app://bundle/index.html').origin).toBe('null');
    expect(originOf('app://bundle/index.html')).toBe('app://bundle');
    expect(originOf('http://localhost:5173/src/main.ts')).toBe('http://localhost:5173');
  });

  it('has no origin for junk, credentials or host-less URLs', () => {
    expect(originOf('nonsense')).toBeUndefined();
    expect(originOf('app://user@bundle/')).toBeUndefined();
    expect(originOf('data:text/html,hi')).toBeUndefined();
  });
});

describe('decideNavigation', () => {
  it('never navigates the app window, and opens allowlisted links outside it', () => {
    expect(decideNavigation('https://arxiv.org/abs/1603.07285')).toEqual({
      allowInApp: false,
      openExternally: true,
    });
    expect(decideNavigation('https://evil.example/')).toEqual({ allowInApp: false, openExternally: false });
    expect(decideNavigation('app://bundle/index.html')).toEqual({ allowInApp: false, openExternally: false });
  });
});

describe('permissions', () => {
  it('grants nothing but persistent storage, and that only to our own origin', () => {
    expect(isPermissionGranted('persistent-storage', 'app://bundle/index.html', 'app://bundle')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/', 'app://bundle')).toBe(false);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      expect(isPermissionGranted(permission, 'app://bundle/index.html', 'app://bundle')).toBe(false);
    }
  });

  it('installs both handlers on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    guardSessionPermissions(session as never, 'app://bundle');
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://bundle/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check({}, 'notifications', 'app://bundle')).toBe(false);
    expect(check({}, 'persistent-storage', 'app://bundle')).toBe(true);
  });
});

describe('guardWebContents', () => {
  function guardedContents() {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    const openExternal = vi.fn(async () => undefined);
    const refused = vi.fn();
    guardWebContents(contents as unknown as WebContents, openExternal, refused);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: {
      url: string;
    }) => unknown;
    return { contents, openExternal, refused, openHandler };
  }
  const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

  it('denies every navigation and redirect, opening only allowlisted links outside', () => {
    const { contents, openExternal, refused } = guardedContents();
    const toReading = navigation('https://distill.pub/2016/deconv-checkerboard/');
    const toEvil = navigation('https://evil.example/');
    const redirect = navigation('app://bundle/index.html');
    contents.emit('will-navigate', toReading);
    contents.emit('will-navigate', toEvil);
    contents.emit('will-redirect', redirect);
    for (const event of [toReading, toEvil, redirect]) expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://distill.pub/2016/deconv-checkerboard/']]);
    expect(refused).toHaveBeenCalledWith('refused', 'https://evil.example/');
  });

  it('denies every new window, opening only allowlisted links outside', () => {
    const { openHandler, openExternal } = guardedContents();
    expect(openHandler({ url: 'https://arxiv.org/abs/1603.07285' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://arxiv.org/abs/1603.07285']]);
  });

  it('refuses to attach a webview', () => {
    const { contents } = guardedContents();
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});
