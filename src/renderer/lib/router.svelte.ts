/**
 * Which screen is shown, kept in the URL hash (`#/today`, `#/calculator`) so a reload keeps the place and the
 * browser's back button works. Only screens that work are listed in `screens`.
 */
export type ScreenId =
  | 'today'
  | 'review'
  | 'practice'
  | 'browse'
  | 'drill'
  | 'history'
  | 'stats'
  | 'calculator'
  | 'convlab'
  | 'decks'
  | 'backups'
  | 'settings';

export const screens: readonly ScreenId[] = [
  'today',
  'review',
  'practice',
  'browse',
  'drill',
  'history',
  'stats',
  'calculator',
  'convlab',
  'decks',
  'backups',
  'settings',
];

function readHash(): ScreenId {
  const name = location.hash.replace(/^#\/?/, '').split('/')[0];
  return (screens as readonly string[]).includes(name ?? '') ? (name as ScreenId) : 'today';
}

class Router {
  current = $state<ScreenId>(readHash());

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = readHash();
    });
  }

  go = (screen: ScreenId): void => {
    if (location.hash !== `#/${screen}`) location.hash = `/${screen}`;
    this.current = screen;
  };
}

export const router = new Router();
