import { describe, expect, it } from 'vitest';
import { watchChanges } from '../../../src/renderer/lib/db/change-watch.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';

const noon = Date.UTC(2026, 11, 2, 12);

describe('installing a built-in deck that is already stored', () => {
  it('writes nothing, so no one watching the database sees a change (the Stats worker, automatic backups)', async () => {
    const database = createDatabase('install-unchanged');
    await installCards(database, await installDeck(database, homework2Deck, noon), noon);
    await new Promise((settled) => setTimeout(settled, 10));
    const seen: string[] = [];
    const stop = watchChanges(database.name, () => seen.push('change'), ['decks', 'items', 'cards']);
    // Every start installs the built-in decks again.
    await installCards(database, await installDeck(database, homework2Deck, noon + 1), noon + 1);
    await new Promise((settled) => setTimeout(settled, 10));
    stop();
    expect(seen).toEqual([]);
  });
});
