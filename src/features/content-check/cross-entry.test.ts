import { describe, expect, it } from 'vitest';
import { findParentProblems } from './cross-entry.ts';

describe('parent organisations of a research centre', () => {
  const known = new Set(['supsi', 'supsi-isea', 'usi']);

  it('accept ids of other centres', () => {
    expect(
      findParentProblems([{ file: 'content/research-centres/idsia.yaml', parentIds: ['usi', 'supsi'] }], known),
    ).toEqual([]);
  });

  it('name the file, the field and the closest id for an unknown one', () => {
    expect(
      findParentProblems([{ file: 'content/research-centres/supsi-isea.yaml', parentIds: ['supsi', 'supsy'] }], known),
    ).toEqual([
      'content/research-centres/supsi-isea.yaml: field "parentIds[1]": no research centre with id "supsy" in content/research-centres/ (did you mean "supsi"?)',
    ]);
  });

  it('refuse a centre as its own parent', () => {
    expect(findParentProblems([{ file: 'content/research-centres/supsi.yaml', parentIds: ['supsi'] }], known)).toEqual([
      'content/research-centres/supsi.yaml: field "parentIds[0]": a research centre cannot be its own parent',
    ]);
  });
});
