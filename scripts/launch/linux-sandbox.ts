/**
 * Ubuntu 23.10 and later restrict unprivileged user namespaces through AppArmor
 * (/proc/sys/kernel/apparmor_restrict_unprivileged_userns = 1). Chromium then falls back to the setuid helper
 * `chrome-sandbox` beside the executable, which an npm download leaves owned by the user without the setuid
 * bit, and Electron aborts at start (electron/electron#42510). `npm start` warns before that happens.
 */
export interface SandboxFacts {
  platform: string;
  /** NO_SANDBOX=1: electron-vite passes --no-sandbox. */
  noSandbox: boolean;
  /** The AppArmor restriction is on. */
  userNamespacesRestricted: boolean;
  /** Owner and mode of chrome-sandbox beside the executable, when there is one. */
  helper?: { uid: number; mode: number };
}

const setuid = 0o4000;

export function needsSandboxAdvice(facts: SandboxFacts): boolean {
  if (facts.platform !== 'linux' || facts.noSandbox || !facts.userNamespacesRestricted || !facts.helper) {
    return false;
  }
  const { uid, mode } = facts.helper;
  return !(uid === 0 && (mode & setuid) !== 0);
}
