import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { backupCommand } from './commands/backup.ts';
import { deckCommand } from './commands/deck.ts';
import { gradeCommand } from './commands/grade.ts';
import { opsCommand } from './commands/ops.ts';
import { worksheetCommand } from './commands/worksheet.ts';

/** Every CLI command, one file each under commands/. */
export const commands: Command[] = [
  analyzeCommand,
  opsCommand,
  deckCommand,
  backupCommand,
  gradeCommand,
  worksheetCommand,
];
