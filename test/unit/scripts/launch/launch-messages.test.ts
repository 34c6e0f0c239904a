import { describe, expect, it } from 'vitest';
import type { DownloadCause } from '../../../../scripts/launch/download-failure.ts';
import {
  describeLaunchProblem,
  describeSandboxAdvice,
  launchMessages,
  type Language,
} from '../../../../scripts/launch/launch-messages.ts';

const causes: DownloadCause[] = [
  { code: 'host-not-found', host: 'github.com' },
  { code: 'connection-refused', host: 'github.com' },
  { code: 'no-answer', host: 'github.com' },
  { code: 'certificate', host: 'github.com', detail: 'self-signed certificate in certificate chain' },
  { code: 'network-error', host: 'github.com', detail: 'EPROTO: x' },
  { code: 'install-failed', detail: 'HTTPError: 404' },
];

describe('describeLaunchProblem', () => {
  it.each(['en', 'zh'] as Language[])(
    'words every download failure in %s with cause, retries and the web build',
    (language) => {
      for (const cause of causes) {
        const text = describeLaunchProblem({ code: 'download-failed', version: '45.5.0', cause }, language);
        expect(text).toContain('45.5.0');
        expect(text).toContain('ELECTRON_MIRROR=');
        expect(text).toContain('HTTPS_PROXY=');
        expect(text).toContain('ELECTRON_EXEC_PATH=');
        expect(text).toContain('npm run web');
        expect(text).toContain('http://127.0.0.1:5178/');
        expect(text).toContain('host' in cause ? cause.host : cause.detail);
        expect(text).not.toContain('Electron uninstall');
      }
    },
  );

  it('names the variable and path of an explicit binary that is missing', () => {
    const problem = {
      code: 'binary-missing',
      variable: 'ELECTRON_EXEC_PATH',
      path: '/nowhere/electron',
    } as const;
    expect(describeLaunchProblem(problem, 'en')).toContain('ELECTRON_EXEC_PATH points at /nowhere/electron');
    expect(describeLaunchProblem(problem, 'zh')).toContain('ELECTRON_EXEC_PATH 指向 /nowhere/electron');
  });

  it('writes Chinese with full-width punctuation and no ASCII quotes (GLOSSARY.md)', () => {
    const zh = causes
      .map((cause) => describeLaunchProblem({ code: 'download-failed', version: '45.5.0', cause }, 'zh'))
      .join('\n');
    expect(zh).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]/);
    expect(zh).not.toMatch(/[\u4e00-\u9fff]"|"[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
  });

  it('has the same retries in both languages', () => {
    expect(launchMessages.zh.retries).toHaveLength(launchMessages.en.retries.length);
  });
});

describe('describeSandboxAdvice', () => {
  it("names the helper's path in both commands and offers NO_SANDBOX=1", () => {
    for (const language of ['en', 'zh'] as const) {
      const text = describeSandboxAdvice('/app/node_modules/electron/dist/chrome-sandbox', language);
      expect(text).toContain('sudo chown root:root /app/node_modules/electron/dist/chrome-sandbox');
      expect(text).toContain('sudo chmod 4755 /app/node_modules/electron/dist/chrome-sandbox');
      expect(text).toContain('NO_SANDBOX=1 npm start');
    }
  });
});
