import './styles/app.css';
import { mount } from 'svelte';
import { defaultSrsSettings } from '../shared/srs/settings.ts';
import type { PracticeChoice } from '../shared/problems/skills.ts';
import App from './App.svelte';
import { appScreens } from './app-screens.ts';
import PreloadFailure from './components/PreloadFailure.svelte';
import StartFailure from './components/StartFailure.svelte';
import { TodayStore } from './features/today/today-store.svelte.ts';
import { database } from './lib/db/index.ts';
import { installBuiltInDecks } from './lib/db/built-in-install.ts';
import { readSetting, writeSetting } from './lib/db/settings.ts';
import { checkDatabase, type DatabaseProblem } from './lib/db/startup-check.ts';
import { loadSrsSettings } from './lib/db/srs-settings.ts';
import { storageStatus } from './lib/db/storage-status.svelte.ts';
import { backupHost, engineHost, hostFailure } from './lib/host/index.ts';
import { isLocale, locale, type Locale } from './lib/i18n/locale.svelte.ts';
import { Scheduling } from './lib/scheduling.svelte.ts';

/**
 * The way to a usable Today screen, kept short: this script holds Today and the database only; every other
 * screen loads when first shown (app-screens.ts). Each step is marked (`deepdrill:…`) for
 * `npm run bench -- startup`, which prints where the time goes.
 */
const mark = (step: string): void => void performance.mark(`deepdrill:${step}`);
mark('script');

const target = document.getElementById('app')!;

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function setLanguage(next: Locale): void {
  locale.current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  void storageStatus.write(() => writeSetting(database, 'language', next)).catch(() => {});
}

/** The built-in decks, loaded and installed with their cards. */
async function loadBuiltInDecks(): Promise<void> {
  const { builtInDecks } = await import('./built-in-decks.ts');
  const decks = builtInDecks();
  mark('decks-loaded');
  await storageStatus.write(() => installBuiltInDecks(database, decks, Date.now())).catch(() => {});
  mark('decks-installed');
}

/** What the practice screen offers, once the problems deck holds their cards: the templates load with it. */
async function loadPracticeChoices(installed: Promise<void>): Promise<readonly PracticeChoice[]> {
  const [{ registeredChoices }] = await Promise.all([import('../shared/problems/registry.ts'), installed]);
  return registeredChoices();
}

async function start(): Promise<void> {
  await database.open();
  mark('database-open');
  // A student's first start installs the built-in decks before Today shows them. Later starts show Today from
  // the stored decks at once and install (which changes something only after an update) once it is shown.
  const firstStart = (await database.decks.count()) === 0;
  // Checked before the app's own writes (the built-in decks' update, the unfinished drill claimed, automatic
  // backups, which must not rotate good backups out for a damaged database); what it finds is offered a backup.
  // The first screen does not wait for it: over a year of logs its reads take more than a second (Chromium
  // walks every index entry), and Today only reads.
  // A check that cannot read finds nothing to offer: the screens' own reads then say what failed.
  const damage = checkDatabase(database)
    .catch((): DatabaseProblem[] => [])
    .finally(() => mark('database-checked'));
  // Installed once, after the check, whoever asks first (the first start, the shown app, the practice screen).
  let builtIn: Promise<void> | undefined;
  const installed = (): Promise<void> => (builtIn ??= damage.then(loadBuiltInDecks));
  if (firstStart) await installed();
  void storageStatus.requestPersistence();
  setLanguage(await readSetting(database, 'language', isLocale, 'zh'));
  // Study days follow the student's clock (study-day.ts); the rest is the student's, from Settings.
  const clockSettings = { ...defaultSrsSettings, utcOffsetMinutes: -new Date().getTimezoneOffset() };
  const scheduling = new Scheduling(await loadSrsSettings(database, clockSettings));
  mark('settings');
  const todayStore = new TodayStore({ database, scheduling, clock: Date.now });
  const screens = appScreens({
    database,
    scheduling,
    engineHost,
    backupHost,
    choices: () => loadPracticeChoices(installed()),
    damage,
    clock: Date.now,
    newSeed,
  });
  // A drill in progress and the calculator's network are saved when the window is hidden or closed, not only
  // on their own rhythm (each only once its screen has loaded).
  const flush = (): void => {
    void screens.drill.value?.flush();
    void screens.calculator.value?.store.flush();
  };
  // An open card or practice problem (on Review or Practice) leaves hidden time out of its time spent.
  const timedStores = () => [
    screens.practice.value?.store,
    screens.review.value?.practice,
    screens.review.value?.store,
  ];
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      flush();
      for (const store of timedStores()) store?.windowHidden();
    } else {
      for (const store of timedStores()) store?.windowShown();
    }
  });
  mount(App, {
    target,
    props: {
      todayStore,
      screens,
      onlanguage: setLanguage,
      // Once the first screen is usable and the start-up check is done: the built-in decks are brought up to date
      // (Today reads them again), then the unfinished drill is claimed for this window (so another window sees it
      // is taken) and automatic backups start watching, after the start-up's own writes.
      onshown: () => {
        void installed()
          .then(() => (firstStart ? undefined : todayStore.load()))
          .catch(() => {})
          .finally(() => {
            void screens.drill.load().catch(() => {});
            void screens.backups.load().catch(() => {});
          });
      },
    },
  });
  mark('mounted');
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
