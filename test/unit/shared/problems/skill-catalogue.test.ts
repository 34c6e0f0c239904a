import { describe, expect, it } from 'vitest';
import { registeredChoices } from '../../../../src/shared/problems/registry.ts';
import { skillCatalogue } from '../../../../src/shared/problems/skill-catalogue.ts';
import { problemsDeck, skillOf } from '../../../../src/shared/problems/skills.ts';

describe('the skill catalogue', () => {
  it('says of every skill what its template and homework problem say, in the practice screen’s order', () => {
    const derived = registeredChoices().map(skillOf);
    expect(skillCatalogue.map((skill) => skill.id)).toEqual(derived.map((skill) => skill.id));
    for (const [index, skill] of derived.entries()) expect(skillCatalogue[index], skill.id).toEqual(skill);
  });

  it('makes the problems deck a first start installs: one problem item per skill, the homework’s numbers kept', () => {
    const deck = problemsDeck(skillCatalogue);
    expect(deck.items).toHaveLength(skillCatalogue.length);
    expect(deck.items[1]).toEqual({
      id: 'problem:homework-2',
      kind: 'problem',
      tags: ['conv', 'params'],
      template: 'conv-layer',
      parameters: { input: 32, channels: 3, filters: 10, kernel: 5, stride: 1, padding: 2 },
    });
    expect(deck.items.find((item) => item.id === 'problem:conv-macs')).toEqual({
      id: 'problem:conv-macs',
      kind: 'problem',
      tags: ['conv', 'macs'],
      template: 'conv-macs',
    });
  });
});
