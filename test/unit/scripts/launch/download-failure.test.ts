import { describe, expect, it } from 'vitest';
import {
  defaultDownloadBase,
  downloadBase,
  downloadCause,
  hostOf,
  installErrorLine,
  networkErrorCode,
} from '../../../../scripts/launch/download-failure.ts';

describe('downloadCause', () => {
  const failed = (errorCode: string | undefined, message = 'boom') =>
    ({ answered: false, errorCode, message }) as const;

  it.each([
    ['ENOTFOUND', 'host-not-found'],
    ['EAI_AGAIN', 'host-not-found'],
    ['ECONNREFUSED', 'connection-refused'],
    ['ECONNRESET', 'connection-refused'],
    ['ENETUNREACH', 'connection-refused'],
    ['ETIMEDOUT', 'no-answer'],
    ['UND_ERR_CONNECT_TIMEOUT', 'no-answer'],
    ['TimeoutError', 'no-answer'],
  ])('reads %s as %s', (code, cause) => {
    expect(downloadCause('github.com', failed(code), '')).toEqual({ code: cause, host: 'github.com' });
  });

  it('reads a certificate error as a proxy that intercepts HTTPS', () => {
    for (const code of [
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'CERT_HAS_EXPIRED',
    ]) {
      expect(downloadCause('github.com', failed(code, 'self-signed'), '')).toEqual({
        code: 'certificate',
        host: 'github.com',
        detail: 'self-signed',
      });
    }
  });

  it('keeps the code and message of any other network error', () => {
    expect(downloadCause('mirror.example', failed('EPROTO', 'wrong version number'), '')).toEqual({
      code: 'network-error',
      host: 'mirror.example',
      detail: 'EPROTO: wrong version number',
    });
    expect(downloadCause('mirror.example', failed(undefined, 'odd'), '')).toEqual({
      code: 'network-error',
      host: 'mirror.example',
      detail: 'odd',
    });
  });

  it("blames install-electron's own error when the host answered", () => {
    const output =
      'Downloading…\nHTTPError: Response code 404 (Not Found) for https://mirror.example/x.zip\n    at …';
    expect(downloadCause('mirror.example', { answered: true }, output)).toEqual({
      code: 'install-failed',
      detail: 'HTTPError: Response code 404 (Not Found) for https://mirror.example/x.zip',
    });
  });
});

describe('installErrorLine', () => {
  it('is the first error line, else the last line, shortened to 300 characters', () => {
    expect(installErrorLine('a\nTypeError: fetch failed\n    at x\n')).toBe('TypeError: fetch failed');
    expect(installErrorLine('only this\n\n')).toBe('only this');
    expect(installErrorLine('')).toBe('no output');
    expect(installErrorLine(`Error: ${'x'.repeat(400)}`)).toHaveLength(300);
  });
});

describe('downloadBase and hostOf', () => {
  it("follows @electron/get's mirror settings, else GitHub's releases", () => {
    expect(downloadBase({})).toBe(defaultDownloadBase);
    expect(downloadBase({ ELECTRON_MIRROR: 'https://mirror.example/electron/' })).toBe(
      'https://mirror.example/electron/',
    );
    expect(
      downloadBase({
        ELECTRON_MIRROR: 'https://b.example/',
        npm_config_electron_mirror: 'https://a.example/',
      }),
    ).toBe('https://a.example/');
    expect(hostOf(defaultDownloadBase)).toBe('github.com');
    expect(hostOf('https://mirror.example:8443/e/')).toBe('mirror.example:8443');
    expect(hostOf('not a url')).toBe('not a url');
  });
});

describe('networkErrorCode', () => {
  it("digs the socket's code out of fetch's wrapped error", () => {
    const wrapped = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
    });
    expect(networkErrorCode(wrapped)).toBe('ENOTFOUND');
    expect(networkErrorCode(new DOMException('timed out', 'TimeoutError'))).toBe('TimeoutError');
    expect(networkErrorCode(new Error('plain'))).toBeUndefined();
    expect(networkErrorCode('text')).toBeUndefined();
  });

  it('ends on an error that is its own cause', () => {
    const looped: Error & { cause?: unknown } = new Error('loop');
    looped.cause = looped;
    expect(networkErrorCode(looped)).toBeUndefined();
  });
});
