import 'katex/dist/katex.min.css';
import './styles/app.css';
import { mount } from 'svelte';
import { cnnConceptsDeck } from '../shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../shared/deck/seed/homework2.ts';
import { homeworkProblems, templates } from '../shared/problems/registry.ts';
import { practiceChoices, problemsDeck } from '../shared/problems/skills.ts';
import { defaultSrsSettings } from '../shared/srs/settings.ts';
import App from './App.svelte';
import PreloadFailure from './components/PreloadFailure.svelte';
import StartFailure from './components/StartFailure.svelte';
import { BackupsStore } from './features/backups/backups-store.svelte.ts';
import { BrowseStore } from './features/browse/browse-store.svelte.ts';
import { isCalculatorSettings } from './features/calculator/calculator-settings.ts';
import { CalculatorStore } from './features/calculator/calculator-store.svelte.ts';
import { ConvLabStore } from './features/convlab/convlab-store.svelte.ts';
import { WorkerImagePipeline } from './features/convlab/image-pipeline.ts';
import { localOwnership, webLockOwnership } from './features/drill/drill-ownership.ts';
import { DrillStore } from './features/drill/drill-store.svelte.ts';
import { ReviewStore } from './features/review/review-store.svelte.ts';
import { SettingsStore } from './features/settings/settings-store.svelte.ts';
import { TodayStore } from './features/today/today-store.svelte.ts';
import { DecksStore } from './features/decks/decks-store.svelte.ts';
import { StatsStore } from './features/stats/stats-store.svelte.ts';
import { statsWorkerClient } from './features/stats/stats-worker-client.ts';
import { PracticeStore } from './features/practice/practice-store.svelte.ts';
import { appVersion } from './lib/app-version.ts';
import { automaticBackupSettingKey } from './lib/backup/auto-backup.ts';
import { startAutomaticBackups } from './lib/backup/automatic-backups.ts';
import { database } from './lib/db/index.ts';
import { installDeck, loadDeck } from './lib/db/decks.ts';
import { examDays } from './lib/db/exam-plans.ts';
import { installCards } from './lib/db/reviews.ts';
import { readSetting, writeSetting } from './lib/db/settings.ts';
import { checkDatabase } from './lib/db/startup-check.ts';
import { loadSrsSettings } from './lib/db/srs-settings.ts';
import { storageStatus } from './lib/db/storage-status.svelte.ts';
import { downloadBytes, downloadText } from './lib/download.ts';
import { backupHost, engineHost, hostFailure } from './lib/host/index.ts';
import { isLocale, locale, type Locale } from './lib/i18n/locale.svelte.ts';
import { Scheduling } from './lib/scheduling.svelte.ts';

const target = document.getElementById('app')!;

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function setLanguage(next: Locale): void {
  locale.current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  void storageStatus.write(() => writeSetting(database, 'language', next)).catch(() => {});
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

async function start(): Promise<void> {
  await database.open();
  // Checked before anything writes: what it finds is offered a backup once the app is shown.
  const damage = await checkDatabase(database);
  void storageStatus.requestPersistence();
  setLanguage(await readSetting(database, 'language', isLocale, 'zh'));
  // The problems' skills: the homework's problems and every template, each an FSRS item (src/shared/problems/skills.ts).
  const choices = practiceChoices(
    templates,
    homeworkProblems().map((entry) => entry.problem),
  );
  const skills = problemsDeck(choices);
  // The built-in decks and their cards; cards already stored keep their progress (installCards).
  // Items the student deleted stay deleted (installDeck returns the deck without them).
  for (const seed of [cnnConceptsDeck, homework2Deck, skills]) {
    const installed = await storageStatus
      .write(() => installDeck(database, seed, Date.now()))
      .catch(() => null);
    if (installed)
      await storageStatus.write(() => installCards(database, installed, Date.now())).catch(() => {});
  }
  const deck = (await loadDeck(database, homework2Deck.id)) ?? homework2Deck;
  // Study days follow the student's clock (study-day.ts); the rest is the student's, from Settings.
  const clockSettings = { ...defaultSrsSettings, utcOffsetMinutes: -new Date().getTimezoneOffset() };
  const scheduling = new Scheduling(await loadSrsSettings(database, clockSettings));
  const todayStore = new TodayStore({ database, scheduling, clock: Date.now });
  const reviewStore = new ReviewStore({ database, scheduling, clock: Date.now });
  // Grading waits for a short pause in typing, so a number is not called wrong at its first digit.
  const practice = {
    database,
    scheduler: scheduling.scheduler,
    choices,
    clock: Date.now,
    newSeed,
    gradeDelayMs: 250,
  };
  const practiceStore = new PracticeStore(practice);
  const reviewPracticeStore = new PracticeStore(practice);
  const drillStore = new DrillStore({
    database,
    deck,
    scheduling,
    clock: Date.now,
    newSeed,
    // Web Locks exist wherever the app runs (Electron, Chromium); the fallback serves a lone window.
    ownership: navigator.locks ? webLockOwnership(navigator.locks) : localOwnership(new Map()),
    checkpoints: localStorage,
  });
  const calculatorStore = new CalculatorStore({
    host: engineHost,
    storage: {
      load: (key) => readSetting(database, key, isCalculatorSettings, null),
      save: (key, value) => storageStatus.write(() => writeSetting(database, key, value)),
    },
  });
  // The lab keeps its setup while the student visits other screens; its image worker starts on first use.
  const convLabStore = new ConvLabStore({ host: engineHost, pipeline: new WorkerImagePipeline() });
  const decksStore = new DecksStore({ database, clock: Date.now, download: downloadText });
  const browseStore = new BrowseStore({ database, clock: Date.now });
  // The charts aggregate in their own worker, started on the first visit to Stats.
  const statsStore = new StatsStore({
    compute: statsWorkerClient(),
    decks: () => database.decks.toArray(),
    examDays: () => examDays(database),
    settings: () => scheduling.scheduler.settings,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: Date.now,
  });
  const settingsStore = new SettingsStore({ database, scheduling });
  await drillStore.load();
  // The calculator's first analysis goes to the engine; the window need not wait for it to appear.
  void calculatorStore.load();
  // A drill in progress is saved when the window is hidden or closed, not only on its own rhythm.
  window.addEventListener('pagehide', () => {
    void drillStore.flush();
    void calculatorStore.flush();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      void drillStore.flush();
      void calculatorStore.flush();
    }
  });
  // Automatic backups watch the student's writes from here on (the seed installs above are no change).
  const backupMaker = { database, store: backupHost.store, clock: Date.now, appVersion };
  const newestBackup = (await backupHost.store.list().catch(() => []))[0];
  const automaticBackups = startAutomaticBackups(backupMaker, {
    enabled: await readSetting(database, automaticBackupSettingKey, isBoolean, true),
    // With no backup yet, the 30 minutes count from the start, so the first study minutes are no backup.
    lastBackupAt: newestBackup?.createdAt ?? Date.now(),
  });
  const backupsStore = new BackupsStore({
    ...backupMaker,
    automatic: automaticBackups,
    saveAutomatic: (enabled) =>
      storageStatus.write(() => writeSetting(database, automaticBackupSettingKey, enabled)),
    download: (name, bytes) => downloadBytes(name, bytes),
    ...(backupHost.chooseFolder ? { chooseFolder: backupHost.chooseFolder } : {}),
    // Every screen's store read the old data: the app starts again on the restored one.
    onRestored: () => setTimeout(() => location.reload(), 1500),
  });
  void backupsStore.reportDamage(damage);
  mount(App, {
    target,
    props: {
      drillStore,
      calculatorStore,
      convLabStore,
      todayStore,
      reviewStore,
      browseStore,
      decksStore,
      statsStore,
      practiceStore,
      reviewPracticeStore,
      backupsStore,
      settingsStore,
      onlanguage: setLanguage,
    },
  });
}

if (hostFailure) {
  mount(PreloadFailure, { target, props: { failure: hostFailure } });
} else {
  start().catch((error: unknown) => {
    mount(StartFailure, {
      target,
      props: { detail: error instanceof Error ? error.message : String(error) },
    });
  });
}
