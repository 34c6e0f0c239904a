import type { PracticeChoice } from '../shared/problems/skills.ts';
import type { Deck } from '../shared/deck/deck.ts';
import { isCalculatorSettings } from './features/calculator/calculator-settings.ts';
import { automaticBackupSettingKey } from './lib/backup/auto-backup.ts';
import { loadDeck } from './lib/db/decks.ts';
import type { DeepDrillDatabase } from './lib/db/index.ts';
import { readSetting, writeSetting } from './lib/db/settings.ts';
import type { DatabaseProblem } from './lib/db/startup-check.ts';
import { storageStatus } from './lib/db/storage-status.svelte.ts';
import { downloadBytes, downloadText } from './lib/download.ts';
import type { BackupHost, EngineHost } from './lib/host/index.ts';
import { Lazy } from './lib/lazy.svelte.ts';
import type { Scheduling } from './lib/scheduling.svelte.ts';
import { appVersion } from './lib/app-version.ts';

/** What every screen's store is made from: the parts main.ts opened before Today was shown. */
export interface AppContext {
  database: DeepDrillDatabase;
  scheduling: Scheduling;
  engineHost: EngineHost;
  backupHost: BackupHost;
  /** The problems' skills (the homework's problems and every template), as the built-in decks installed them. */
  choices: () => Promise<readonly PracticeChoice[]>;
  /** What the start-up check finds damaged, offered a backup on the Backups screen (a check that fails finds nothing). */
  damage: Promise<DatabaseProblem[]>;
  clock: () => number;
  newSeed: () => number;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * Every screen but Today, each loaded (its component, its store and what they import: KaTeX, Chart.js,
 * CodeMirror, the engine's host, the problem templates) when first shown, so the first screen's script carries
 * none of it. A store is made once and kept, so a screen keeps its state while the student visits others.
 */
export function appScreens(context: AppContext) {
  const { database, scheduling, clock, newSeed } = context;

  async function practiceStore() {
    const [{ PracticeStore }, choices] = await Promise.all([
      import('./features/practice/practice-store.svelte.ts'),
      context.choices(),
    ]);
    // Grading waits for a short pause in typing, so a number is not called wrong at its first digit.
    return new PracticeStore({
      database,
      scheduling,
      choices,
      clock,
      newSeed,
      gradeDelayMs: 250,
    });
  }

  /** The drill's questions: the homework deck as stored, or as the app ships it when it cannot be read. */
  async function homeworkDeck(): Promise<Deck> {
    const { homework2Deck } = await import('../shared/deck/seed/homework2.ts');
    return (await loadDeck(database, homework2Deck.id)) ?? homework2Deck;
  }

  /** The drill store serves two screens (Drill and History) and owns the unfinished drill of this window. */
  const drill = new Lazy(async () => {
    const [{ DrillStore }, { localOwnership, webLockOwnership }, deck] = await Promise.all([
      import('./features/drill/drill-store.svelte.ts'),
      import('./features/drill/drill-ownership.ts'),
      homeworkDeck(),
    ]);
    const store = new DrillStore({
      database,
      deck,
      scheduling,
      clock,
      newSeed,
      // Web Locks exist wherever the app runs (Electron, Chromium); the fallback serves a lone window.
      ownership: navigator.locks ? webLockOwnership(navigator.locks) : localOwnership(new Map()),
      checkpoints: localStorage,
    });
    await store.load();
    return store;
  });

  return {
    drill,
    review: new Lazy(async () => {
      const [{ default: Screen }, { default: Problem }, { ReviewStore }, practice] = await Promise.all([
        import('./features/review/ReviewScreen.svelte'),
        import('./features/practice/ReviewProblem.svelte'),
        import('./features/review/review-store.svelte.ts'),
        // The Review screen's problem cards are answered in their own practice store.
        practiceStore(),
      ]);
      return { Screen, Problem, store: new ReviewStore({ database, scheduling, clock }), practice };
    }),
    practice: new Lazy(async () => {
      const [{ default: Screen }, store] = await Promise.all([
        import('./features/practice/PracticeScreen.svelte'),
        practiceStore(),
      ]);
      return { Screen, store };
    }),
    drillScreen: new Lazy(async () => {
      const [{ default: Screen }, store] = await Promise.all([
        import('./features/drill/DrillScreen.svelte'),
        drill.load(),
      ]);
      return { Screen, store };
    }),
    history: new Lazy(async () => {
      const [{ default: Screen }, store] = await Promise.all([
        import('./features/drill/DrillHistory.svelte'),
        drill.load(),
      ]);
      return { Screen, store };
    }),
    calculator: new Lazy(async () => {
      const [{ default: Screen }, { CalculatorStore }] = await Promise.all([
        import('./features/calculator/CalculatorScreen.svelte'),
        import('./features/calculator/calculator-store.svelte.ts'),
      ]);
      const store = new CalculatorStore({
        host: context.engineHost,
        storage: {
          load: (key) => readSetting(database, key, isCalculatorSettings, null),
          save: (key, value) => storageStatus.write(() => writeSetting(database, key, value)),
        },
      });
      // The screen shows the restored network (shown any sooner, what the student typed could be replaced by
      // the restored text when it arrives); its analysis follows. Waiting for the analysis too made the editor,
      // the table and the reading of a 5,000-line network one 150 ms task (issue 12 item 9).
      await store.restore();
      void store.analyzeRestored();
      return { Screen, store };
    }),
    convlab: new Lazy(async () => {
      const [{ default: Screen }, { ConvLabStore }, { WorkerImagePipeline }] = await Promise.all([
        import('./features/convlab/ConvLabScreen.svelte'),
        import('./features/convlab/convlab-store.svelte.ts'),
        import('./features/convlab/image-pipeline.ts'),
      ]);
      // The lab keeps its setup while the student visits other screens; its image worker starts on first use.
      const store = new ConvLabStore({ host: context.engineHost, pipeline: new WorkerImagePipeline() });
      return { Screen, store };
    }),
    browse: new Lazy(async () => {
      const [{ default: Screen }, { BrowseStore }] = await Promise.all([
        import('./features/browse/BrowseScreen.svelte'),
        import('./features/browse/browse-store.svelte.ts'),
      ]);
      return { Screen, store: new BrowseStore({ database, clock }) };
    }),
    stats: new Lazy(async () => {
      const [{ default: Screen }, { StatsStore }, { statsWorkerClient }, { templateById }, { examDays }] =
        await Promise.all([
          import('./features/stats/StatsScreen.svelte'),
          import('./features/stats/stats-store.svelte.ts'),
          import('./features/stats/stats-worker-client.ts'),
          import('../shared/problems/registry.ts'),
          import('./lib/db/exam-plans.ts'),
        ]);
      // The charts aggregate in their own worker, started with the screen.
      const store = new StatsStore({
        compute: statsWorkerClient(),
        decks: () => database.decks.toArray(),
        examDays: () => examDays(database),
        settings: () => scheduling.scheduler.settings,
        timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
        now: clock,
      });
      return { Screen, store, templateById };
    }),
    decks: new Lazy(async () => {
      const [{ default: Screen }, { DecksStore }] = await Promise.all([
        import('./features/decks/DecksScreen.svelte'),
        import('./features/decks/decks-store.svelte.ts'),
      ]);
      return { Screen, store: new DecksStore({ database, clock, download: downloadText }) };
    }),
    settings: new Lazy(async () => {
      const [{ default: Screen }, { SettingsStore }] = await Promise.all([
        import('./features/settings/SettingsScreen.svelte'),
        import('./features/settings/settings-store.svelte.ts'),
      ]);
      return { Screen, store: new SettingsStore({ database, scheduling }) };
    }),
    /**
     * The Backups screen, its banner for a damaged database, and automatic backups, which watch the student's
     * writes from when this loads (after Today is shown: the start-up's own writes are no change).
     */
    backups: new Lazy(async () => {
      const { backupHost } = context;
      const [{ default: Screen }, { default: Banner }, { BackupsStore }, { startAutomaticBackups }] =
        await Promise.all([
          import('./features/backups/BackupsScreen.svelte'),
          import('./features/backups/DamageBanner.svelte'),
          import('./features/backups/backups-store.svelte.ts'),
          import('./lib/backup/automatic-backups.ts'),
        ]);
      const backupMaker = { database, store: backupHost.store, clock, appVersion };
      const newestBackup = (await backupHost.store.list().catch(() => []))[0];
      const automaticBackups = startAutomaticBackups(
        backupMaker,
        {
          enabled: await readSetting(database, automaticBackupSettingKey, isBoolean, true),
          // With no backup yet, the 30 minutes count from the start, so the first study minutes are no backup.
          lastBackupAt: newestBackup?.createdAt ?? clock(),
        },
        // Once at exit: Electron's main asks before it quits; the browser when the page is hidden or left.
        backupHost.onExit,
      );
      const store = new BackupsStore({
        ...backupMaker,
        automatic: automaticBackups,
        saveAutomatic: (enabled) =>
          storageStatus.write(() => writeSetting(database, automaticBackupSettingKey, enabled)),
        download: (name, bytes) => downloadBytes(name, bytes),
        ...(backupHost.chooseFolder ? { chooseFolder: backupHost.chooseFolder } : {}),
        // Every screen's store read the old data: the app starts again on the restored one.
        onRestored: () => setTimeout(() => location.reload(), 1500),
      });
      void context.damage.then(store.reportDamage);
      return { Screen, Banner, store };
    }),
  };
}

export type AppScreens = ReturnType<typeof appScreens>;
