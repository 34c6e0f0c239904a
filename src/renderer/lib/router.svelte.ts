/**
 * Which screen is shown, kept in the URL hash (`#/drill`, `#/calculator`) so a reload keeps the place and the
 * browser's back button works. Only screens that work are listed in `screens`.
 */
export type ScreenId = 'drill' | 'history' | 'calculator' | 'convlab' | 'browse';

export const screens: readonly ScreenId[] = ['drill', 'history', 'calculator', 'convlab', 'browse'];

function readHash(): ScreenId {
  const name = location.hash.replace(/^#\/?/, '').split('/')[0];
  return (screens as readonly string[]).includes(name ?? '') ? (name as ScreenId) : 'drill';
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
