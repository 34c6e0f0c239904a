import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands.ts';
import { inputLimits } from '../../../src/cli/input-limits.ts';
import { readInputMessages } from '../../../src/cli/read-input-messages.ts';
import { opFileBudget } from '../../../src/shared/conv/op-file.ts';
import { opWorkLimit } from '../../../src/shared/conv/op-cases.ts';
import { exactElementLimit } from '../../../src/shared/conv/conv-shapes.ts';

const cliDocs = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** 33554432 -> "33,554,432", as the docs write counts. */
const grouped = (value: number) => value.toLocaleString('en-US');

/** docs/cli.md and the README say what the code does: a limit changed in one place fails here. */
describe('docs/cli.md', () => {
  it('has a section and a README row for every command', () => {
    for (const command of commands) {
      expect(cliDocs).toContain(`# \`npm run cli -- ${command.name}\``);
      expect(readme).toContain(`| \`npm run cli -- ${command.name}`);
    }
  });

  it('states each command’s file size limit', () => {
    expect(cliDocs).toContain(`| \`analyze\` | 4 MiB (${grouped(inputLimits.analyze)} bytes) |`);
    expect(cliDocs).toContain(`| \`ops\` | 32 MiB (${grouped(inputLimits.ops)} bytes) |`);
    expect(readme).toContain('`analyze` up to 4 MiB, `ops` up to 32 MiB');
    expect(inputLimits).toEqual({ analyze: 4 * 1024 ** 2, ops: 32 * 1024 ** 2 });
  });

  it('states the ops budgets per case and per file', () => {
    expect(cliDocs).toContain(`| cases | | ${grouped(opFileBudget.cases)} |`);
    expect(cliDocs).toContain(
      `| work (multiply-adds) | ${grouped(opWorkLimit)} (about 2 s) | ${grouped(opFileBudget.multiplyAdds)} (about 8 s) |`,
    );
    expect(cliDocs).toContain(
      `| output | ${grouped(exactElementLimit)} numbers | ${grouped(opFileBudget.outputElements)} numbers`,
    );
    expect(readme).toContain(
      `a whole file at most ${grouped(opFileBudget.cases)} cases, 4 × 10^9 multiply-adds and ${grouped(opFileBudget.outputElements)} numbers of output`,
    );
    expect(opFileBudget.multiplyAdds).toBe(4 * 10 ** 9);
  });

  it('shows every read refusal', () => {
    expect(
      cliDocs.match(
        /^\| (missing|a folder|a FIFO|a device|not readable|unreadable|larger|longer|not UTF-8)/gm,
      ),
    ).toHaveLength(Object.keys(readInputMessages).length);
  });
});
