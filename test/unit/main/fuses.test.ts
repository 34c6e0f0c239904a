import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type * as Fuses from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';

const flipFuses = vi.hoisted(() => vi.fn(async () => 0));
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof Fuses>()),
  flipFuses,
}));

const {
  default: configuration,
  fuses,
  packedExecutable,
} = await import('../../../electron-builder.config.ts');

describe('the packaging configuration (electron-builder.config.ts)', () => {
  it('turns off every way to run the binary as something else (RELIABILITY.md)', () => {
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('turns on ASAR integrity, ASAR-only loading and cookie encryption', () => {
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('packs the app into an asar (the fuses above load nothing else) and flips the fuses after packing', () => {
    expect(configuration.asar).toBe(true);
    expect(configuration.files).toEqual(['out/**/*', 'package.json']);
    expect(typeof configuration.afterPack).toBe('function');
  });

  it.each([
    ['linux', Arch.x64, join('/pack', 'deepdrill'), false],
    ['win32', Arch.x64, join('/pack', 'DeepDrill.exe'), false],
    ['darwin', Arch.x64, join('/pack', 'DeepDrill.app'), false],
    ['darwin', Arch.arm64, join('/pack', 'DeepDrill.app'), true],
  ] as const)('afterPack on %s (arch %s) flips %s', async (platform, arch, executable, resetSignature) => {
    flipFuses.mockClear();
    const packager = {
      appInfo: { productFilename: 'DeepDrill' },
      ...(platform === 'linux' ? { executableName: 'deepdrill' } : {}),
    };
    const context = { appOutDir: '/pack', arch, electronPlatformName: platform, packager } as unknown;
    const afterPack = configuration.afterPack as (context: AfterPackContext) => Promise<void>;
    await afterPack(context as AfterPackContext);
    expect(flipFuses).toHaveBeenCalledWith(executable, {
      ...fuses,
      resetAdHocDarwinSignature: resetSignature,
    });
  });

  it('names the packed binary per platform', () => {
    expect(packedExecutable('mas', '/p', 'DeepDrill', 'deepdrill')).toBe(join('/p', 'DeepDrill.app'));
    expect(packedExecutable('linux', '/p', 'DeepDrill', 'deepdrill')).toBe(join('/p', 'deepdrill'));
  });
});
