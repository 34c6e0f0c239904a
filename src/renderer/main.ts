import 'katex/dist/katex.min.css';
import './styles/app.css';
import { mount } from 'svelte';
import { cnnConceptsDeck } from '../shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../shared/deck/seed/homework2.ts';
import { defaultSrsSettings } from '../shared/srs/settings.ts';
import App from './App.svelte';
import PreloadFailure from './components/PreloadFailure.svelte';
import StartFailure from './components/StartFailure.svelte';
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
import { database } from './lib/db/index.ts';
import { installDeck, loadDeck } from './lib/db/decks.ts';
import { installCards } from './lib/db/reviews.ts';
import { readSetting, writeSetting } from './lib/db/settings.ts';
import { loadSrsSettings } from './lib/db/srs-settings.ts';
import { storageStatus } from './lib/db/storage-status.svelte.ts';
import { downloadText } from './lib/download.ts';
import { engineHost, hostFailure } from './lib/host/index.ts';
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

async function start(): Promise<void> {
  await database.open();
  void storageStatus.requestPersistence();
  setLanguage(await readSetting(database, 'language', isLocale, 'zh'));
  // The built-in decks and their cards; cards already stored keep their progress (installCards).
  // Items the student deleted stay deleted (installDeck returns the deck without them).
  for (const seed of [cnnConceptsDeck, homework2Deck]) {
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
