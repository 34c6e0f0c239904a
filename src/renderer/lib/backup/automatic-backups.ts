import { watchChanges } from '../db/change-watch.ts';
import { databaseName } from '../db/schema.ts';
import { AutoBackup } from './auto-backup.ts';
import { makeBackup, type BackupMaker } from './make-backup.ts';

/**
 * Starts automatic backups for this window: every committed write to the student's database counts as a
 * change (lib/db/change-watch.ts), and the window's exit, as its host sees it (`onExit`: main's request in
 * Electron, the page hidden in a browser; lib/backup/exit-backup.ts), backs up what changed since the last
 * backup. Call it after the start-up writes (the seed decks are installed at every start and are no change
 * of the student's). `lastBackupAt` is the newest kept backup's time, from which the 30 minutes count.
 */
export function startAutomaticBackups(
  maker: BackupMaker,
  options: { enabled: boolean; lastBackupAt: number | null },
  onExit: (backUp: () => Promise<void>) => void,
): AutoBackup {
  const automatic = new AutoBackup(
    {
      clock: maker.clock,
      backUp: () => makeBackup(maker),
      setTimer: (run, delayMs) => window.setTimeout(run, delayMs),
      clearTimer: (timer) => window.clearTimeout(timer as number),
    },
    options,
  );
  watchChanges(databaseName, automatic.noteChange);
  onExit(automatic.atExit);
  return automatic;
}
