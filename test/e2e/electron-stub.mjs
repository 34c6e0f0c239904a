#!/usr/bin/env node
// Stands in for the Electron executable in launch.electron.spec.ts (Electron cannot be downloaded everywhere):
// `npm start` must hand it the app's entry, and the built files must be where main expects them. It reads the
// layout from main's own module (src/main/bundle-layout.ts), so the check and main cannot disagree.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { bundleLayout } = await import('../../src/main/bundle-layout.ts');

const [entryArgument = '', ...extraArguments] = process.argv.slice(2);
const entry = resolve(entryArgument);
const mainFile = statSync(entry, { throwIfNoEntry: false })?.isDirectory()
  ? join(entry, JSON.parse(readFileSync(join(entry, 'package.json'), 'utf8')).main)
  : entry;
const layout = bundleLayout(dirname(mainFile));
const devServer = process.env.ELECTRON_RENDERER_URL ?? null;
const problems = [];
// `npm run dev` serves the renderer from electron-vite's dev server; only `npm start` needs it on disk.
const expected = [
  ['main', mainFile],
  ['preload', layout.preload],
  ...(devServer ? [] : [['renderer', layout.rendererEntry]]),
];
for (const [what, path] of expected) {
  if (!existsSync(path)) problems.push(`${what}: ${path} is missing`);
}
if (existsSync(layout.preload) && /^\s*import\s/m.test(readFileSync(layout.preload, 'utf8'))) {
  problems.push(`preload: ${layout.preload} is an ES module; a sandboxed preload must be CommonJS`);
}
if (!devServer && existsSync(layout.rendererEntry)) {
  for (const [, asset] of readFileSync(layout.rendererEntry, 'utf8').matchAll(
    /(?:src|href)="\.\/([^"]+)"/g,
  )) {
    const path = join(layout.rendererRoot, asset);
    if (!existsSync(path)) problems.push(`renderer: ${path}, named by index.html, is missing`);
  }
}
const report = {
  entry: entryArgument,
  extraArguments,
  mainFile,
  layout,
  devServer,
  problems,
};
if (process.env.DEEPDRILL_ELECTRON_STUB_REPORT) {
  writeFileSync(process.env.DEEPDRILL_ELECTRON_STUB_REPORT, JSON.stringify(report, null, 2));
}
process.stdout.write(
  `electron-stub: ${problems.length === 0 ? 'the built app is complete' : problems.join('; ')}\n`,
);
process.exit(problems.length === 0 ? 0 : 1);
