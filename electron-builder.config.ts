import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';

/**
 * Packaging (`npm run package`, where Electron can be downloaded). The fuses are bits in the Electron binary,
 * flipped after packing and before signing, so a signed app cannot be turned back into a general-purpose
 * Node or a debuggable process (Electron's security checklist; RELIABILITY.md). Fuse table:
 * https://www.electronjs.org/docs/latest/tutorial/fuses
 */
export const fuses = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would make the app's binary a plain Node.js for anyone who sets it.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS and --inspect* would let the environment or the command line inject code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS, Windows), and is the only app loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The app never loads file://; it serves itself on app://bundle.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseConfig;

/** The packed Electron binary whose fuses are flipped: the .app bundle on macOS, the executable elsewhere. */
export function packedExecutable(
  platform: string,
  appOutDir: string,
  productFilename: string,
  executableName: string,
): string {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName);
}

export async function flipPackedFuses(context: AfterPackContext): Promise<void> {
  const { appOutDir, arch, electronPlatformName: platform, packager } = context;
  // Only the Linux packager has its own executable name (lower-case, from package.json's name).
  const linuxName = 'executableName' in packager ? String(packager.executableName) : undefined;
  const { productFilename } = packager.appInfo;
  const executable = packedExecutable(platform, appOutDir, productFilename, linuxName ?? productFilename);
  // An arm64 macOS binary must carry a valid signature to start: flipping bits breaks the ad-hoc one.
  const resetAdHocDarwinSignature = platform === 'darwin' && arch === Arch.arm64;
  await flipFuses(executable, { ...fuses, resetAdHocDarwinSignature });
}

const configuration: Configuration = {
  appId: 'app.deepdrill',
  productName: 'DeepDrill',
  directories: { output: 'dist', buildResources: 'resources' },
  // electron-vite's output and package.json; runtime dependencies are added by electron-builder itself.
  files: ['out/**/*', 'package.json'],
  asar: true,
  afterPack: flipPackedFuses,
  linux: { target: ['AppImage'], category: 'Education' },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
  win: { target: ['nsis'] },
};

export default configuration;
