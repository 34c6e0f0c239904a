import { describe, expect, it } from 'vitest';
import { needsSandboxAdvice, type SandboxFacts } from '../../../../scripts/launch/linux-sandbox.ts';

const ubuntu: SandboxFacts = {
  platform: 'linux',
  noSandbox: false,
  userNamespacesRestricted: true,
  helper: { uid: 1000, mode: 0o100755 },
};

describe('needsSandboxAdvice', () => {
  it('warns on a restricted Linux whose chrome-sandbox is not a root-owned setuid helper', () => {
    expect(needsSandboxAdvice(ubuntu)).toBe(true);
    expect(needsSandboxAdvice({ ...ubuntu, helper: { uid: 0, mode: 0o100755 } })).toBe(true);
    expect(needsSandboxAdvice({ ...ubuntu, helper: { uid: 1000, mode: 0o104755 } })).toBe(true);
  });

  it('stays quiet once the helper is fixed, with NO_SANDBOX=1, without the restriction, or off Linux', () => {
    expect(needsSandboxAdvice({ ...ubuntu, helper: { uid: 0, mode: 0o104755 } })).toBe(false);
    expect(needsSandboxAdvice({ ...ubuntu, noSandbox: true })).toBe(false);
    expect(needsSandboxAdvice({ ...ubuntu, userNamespacesRestricted: false })).toBe(false);
    expect(needsSandboxAdvice({ ...ubuntu, platform: 'darwin' })).toBe(false);
    expect(needsSandboxAdvice({ ...ubuntu, helper: undefined })).toBe(false);
  });
});
