import { describe, expect, it } from 'vitest';
import { checkRow, rulesFor, tableRules } from '../../../../src/shared/backup/table-rules.ts';
import { schemaVersions } from '../../../../src/renderer/lib/db/schema.ts';
import { semesterTables } from '../../../support/backup-semester.ts';

/** Dexie's primary key of a store definition: the first entry, `id` or `[a+b]`. */
function dexieKey(definition: string): string[] {
  const first = definition.split(',')[0]!.trim();
  return first.startsWith('[') ? first.slice(1, -1).split('+') : [first];
}

describe('table rules', () => {
  it('cover every released schema version, with its tables and primary keys', () => {
    expect(Object.keys(tableRules).map(Number)).toEqual(schemaVersions.map((schema) => schema.version));
    for (const schema of schemaVersions) {
      const rules = rulesFor(schema.version)!;
      expect(Object.keys(rules).sort(), `version ${schema.version}`).toEqual(
        Object.keys(schema.stores).sort(),
      );
      for (const [table, definition] of Object.entries(schema.stores)) {
        expect(rules[table]!.key, `${table} in version ${schema.version}`).toEqual(dexieKey(definition));
      }
    }
    expect(rulesFor(0)).toBeUndefined();
    expect(rulesFor(4)).toBeUndefined();
    expect(rulesFor(Number.NaN)).toBeUndefined();
  });

  it('accept every row of a semester the app made', () => {
    const rules = rulesFor(3)!;
    for (const [table, rows] of Object.entries(semesterTables())) {
      rows.forEach((row, index) =>
        expect(checkRow(rules[table]!, row), `${table} row ${index}`).toBeUndefined(),
      );
    }
  });

  const rules = rulesFor(3)!;
  const semester = semesterTables(20);
  const first = (table: string) => semester[table as keyof typeof semester][0] as Record<string, unknown>;

  it.each([
    ['decks', { ...first('decks'), source: 'web' }, { field: 'source', expected: 'one-of' }],
    ['decks', { ...first('decks'), title: { zh: '作业二' } }, { field: 'title.en', expected: 'text' }],
    ['items', { ...first('items'), kind: 'essay' }, { field: 'kind', expected: 'one-of' }],
    ['items', { ...first('items'), position: -1 }, { field: 'position', expected: 'count' }],
    ['items', { ...first('items'), options: 'A B C' }, { field: 'options', expected: 'list' }],
    ['cards', { ...first('cards'), due: Number.POSITIVE_INFINITY }, { field: 'due', expected: 'number' }],
    ['cards', { ...first('cards'), cloze: 1.5 }, { field: 'cloze', expected: 'integer' }],
    ['reviewLogs', { ...first('reviewLogs'), cardId: 7 }, { field: 'cardId', expected: 'id' }],
    [
      'dayCounts',
      { ...first('dayCounts'), ratings: { again: 1 } },
      { field: 'ratings.hard', expected: 'integer' },
    ],
    ['drillSessions', { ...first('drillSessions'), state: null }, { field: 'state', expected: 'object' }],
    ['drillAnswers', { ...first('drillAnswers'), correct: 'yes' }, { field: 'correct', expected: 'boolean' }],
    ['settings', { key: 'language' }, { field: 'value', expected: 'present' }],
    ['attempts', { ...first('attempts'), credit: 1.5 }, { field: 'credit', expected: 'share' }],
    ['attempts', 'a row', { field: '', expected: 'object' }],
  ])('name the field a broken %s row gets wrong', (table, row, fault) => {
    expect(checkRow(rules[table]!, row)).toMatchObject(fault);
  });

  it('name the path inside lists', () => {
    const item = semester.items.find((row) => (row as { kind: string }).kind === 'mcq') as Record<
      string,
      unknown
    >;
    const options = item.options as Record<string, unknown>[];
    const broken = { ...item, options: [options[0], { ...options[1], rationale: { zh: 1, en: '' } }] };
    expect(checkRow(rules.items!, broken)).toEqual({ field: 'options[1].rationale.zh', expected: 'text' });
  });

  it('let through fields a later release may add, and absent optional fields', () => {
    const { description: _description, ...deck } = first('decks');
    expect(checkRow(rules.decks!, { ...deck, colour: 'red' })).toBeUndefined();
  });
});
