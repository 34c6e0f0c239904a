import type { Command } from './command.ts';

/** Every CLI command, one file each under commands/. */
export const commands: Command[] = [];
