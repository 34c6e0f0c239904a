import { describe, expect, it } from 'vitest';
import {
  homeworkProblems,
  problemById,
  templateById,
  templates,
} from '../../../../src/shared/problems/registry.ts';

describe('the problem registry', () => {
  it('lists each template once, by its id', () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of templates) expect(templateById(template.id)).toBe(template);
    expect(templateById('conv-nothing')).toBeNull();
  });

  it('finds the homework’s fixed instances with the template that grades them', () => {
    const homework2 = problemById('homework-2');
    expect(homework2?.template.id).toBe('conv-layer');
    expect(homework2?.problem.seed).toBeNull();
    for (const { problem, template } of homeworkProblems()) expect(problem.template).toBe(template.id);
  });

  it('makes a variant from `<template>#<seed>`, the same one each time', () => {
    const found = problemById('conv-params#1234');
    expect(found?.problem).toEqual(templateById('conv-params')!.generate(1234));
    expect(found?.problem.id).toBe('conv-params#1234');
  });

  it('finds nothing for an unknown template, a bad seed or an unknown instance', () => {
    for (const id of ['nothing#1', 'conv-params#-1', 'conv-params#4294967296', 'conv-params', 'homework-9']) {
      expect(problemById(id)).toBeNull();
    }
  });
});
