import { describe, expect, it } from 'vitest';
import { countFates, previewRows } from '../../../src/renderer/features/decks/import-preview.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { planImport } from '../../../src/shared/deck/import/import-plan.ts';
import { readDeckFile } from '../../../src/shared/deck/import/read-deck-file.ts';
import type { Item } from '../../../src/shared/deck/item.ts';

const text = (value: string) => ({ zh: value, en: value });
const basic = (id: string, back: string): Item => ({
  id,
  kind: 'basic',
  tags: [],
  front: text(`front ${id}`),
  back: text(back),
});

describe('the import preview rows', () => {
  it('lists the file in line order with each fate, then the stored items the file dropped', () => {
    const file: Deck = {
      id: 'd',
      title: text('d'),
      items: [
        { id: 'gap', kind: 'cloze', tags: [], text: text('{{c1::a}}') },
        basic('same', 'b'),
        basic('edited', 'new'),
      ],
    };
    const stored = [basic('edited', 'old'), basic('same', 'b'), basic('dropped', 'b')];
    const lines = new Map([
      ['gap', 9],
      ['same', 3],
      ['edited', 6],
    ]);
    const rows = previewRows(planImport(file, stored), lines);
    expect(rows.map(({ id, fate, line, changes }) => [id, fate, line, changes])).toEqual([
      ['same', 'unchanged', 3, []],
      ['edited', 'updated', 6, ['back']],
      ['gap', 'added', 9, []],
      ['dropped', 'kept', null, []],
    ]);
    expect(rows.map((row) => row.label.en)).toEqual([
      'front same',
      'front edited',
      '{{c1::a}}',
      'front dropped',
    ]);
    expect(countFates(rows)).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 1 });
  });

  it('names the homework questions by their stems, on the lines they start', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = readDeckFile('homework2.md', await readFile('test/fixtures/homework2.md'));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const rows = previewRows(planImport(read.deck, []), read.lines);
    expect(rows).toHaveLength(7);
    expect(
      rows.every((row) => row.fate === 'added' && row.kind === 'mcq' && typeof row.line === 'number'),
    ).toBe(true);
    expect(rows.map((row) => row.line)).toEqual([...rows.map((row) => row.line)].sort((a, b) => a! - b!));
    expect(read.notes.filter((note) => note.code === 'SKIPPED_PROBLEM').length).toBeGreaterThan(0);
  });
});
