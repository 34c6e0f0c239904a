import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseElectronegativityCsv, type Finding } from './security/electronegativity-csv.ts';
import { decideGate } from './security/gate-decision.ts';
import { checkSources, scannedExtensions, type SourceFile } from './security/static-checks.ts';

/**
 * `npm run security`: electronegativity plus our static checks on src/, and the same on an insecure canary that
 * must fail them. Exits 1 on any finding in src/ outside the allowlist, or when the canary stops failing.
 */

const root = resolve(import.meta.dirname, '..');
const sourceFolder = join(root, 'src');
const canaryFolder = join(root, 'test/fixtures/insecure-app');
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const sequentialWrite = join(root, 'scripts/security/sequential-write.mjs');

async function electronVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Runs the CLI on one folder; it always exits 0, so only its CSV report says anything. */
async function runElectronegativity(
  input: string,
  version: string,
  outputFolder: string,
): Promise<Finding[]> {
  const output = join(outputFolder, `${relative(root, input).replace(/[\\/]/g, '-')}.csv`);
  await promisify(execFile)(
    process.execPath,
    // AvailableSecurityFixesGlobalCheck downloads Electron's release list; this gate runs offline.
    [
      '--import',
      pathToFileURL(sequentialWrite).href,
      cli,
      '-i',
      input,
      '-o',
      output,
      '-r',
      '-v',
      'false',
      '-e',
      version,
    ].concat(['-x', 'AvailableSecurityFixesGlobalCheck']),
    { cwd: root, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return parseElectronegativityCsv(await readFile(output, 'utf8'));
}

async function readSources(folder: string): Promise<SourceFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && scannedExtensions.includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ path: relative(folder, path), text: await readFile(path, 'utf8') })),
  );
}

async function main(): Promise<void> {
  const outputFolder = await mkdtemp(join(tmpdir(), 'deepdrill-security-'));
  try {
    const version = await electronVersion();
    console.log(`Electronegativity on src/ and the canary (assuming Electron ${version})…`);
    const [sourceFindings, canaryFindings, sourceFiles, canaryFiles] = await Promise.all([
      runElectronegativity(sourceFolder, version, outputFolder),
      runElectronegativity(canaryFolder, version, outputFolder),
      readSources(sourceFolder),
      readSources(canaryFolder),
    ]);
    const verdict = decideGate({
      sourceFindings,
      sourceViolations: checkSources(sourceFiles),
      canaryFindings,
      canaryViolations: checkSources(canaryFiles),
    });
    for (const line of verdict.report) console.log(line);
    process.exitCode = verdict.passed ? 0 : 1;
  } finally {
    await rm(outputFolder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`security gate: FAILED to run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
