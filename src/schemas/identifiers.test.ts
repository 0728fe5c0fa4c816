import { describe, expect, it } from 'vitest';
import {
  italianTaxCode,
  italianTaxCodeCheckDigit,
  italianTaxCodeProblem,
  swissUid,
  swissUidCheckDigit,
  swissUidProblem,
} from './identifiers.ts';

describe('Swiss UID', () => {
  it('accepts the valid UID of the reference in each of the register’s forms', () => {
    // CHE-279.438.550: the example of a valid UID in the register reference.
    for (const form of ['CHE-279.438.550', 'CHE279438550', 'CHE-279438550']) {
      expect(swissUidProblem(form)).toBeUndefined();
      expect(swissUid.parse(form)).toBe('CHE-279.438.550');
    }
  });

  it('computes the mod-11 check digit, 11 giving 0 and 10 never issued', () => {
    expect(swissUidCheckDigit('27943855')).toBe(0);
    // Fixtures: patterned bodies, not the numbers of real companies.
    expect(swissUidCheckDigit('10000000')).toBe(6);
    expect(swissUidCheckDigit('20000000')).toBe(1);
    expect(swissUidCheckDigit('00000003')).toBeUndefined();
  });

  it('names what was expected', () => {
    expect(swissUidProblem('CHE-279.438.551')).toBe(
      'the check digit of "CHE-279.438.551" is wrong: after 27943855 it must be 0 (mod-11 check) — check for a typo',
    );
    expect(swissUidProblem('CHE-000.000.030')).toBe(
      '"CHE-000.000.030" is not a UID: its first eight digits give the check value 10, which is never issued — check for a typo',
    );
    expect(swissUidProblem('279.438.550')).toBe(
      'expected a Swiss UID written as CHE-123.456.789 (CHE and nine digits) — got "279.438.550"',
    );
    expect(swissUid.safeParse(undefined).error?.issues[0]?.message).toBe(
      'is required but missing (expected a Swiss UID written as CHE-123.456.789 (CHE and nine digits))',
    );
  });
});

describe('Italian company tax code', () => {
  it('agrees with the worked example of the published algorithm', () => {
    // 86334519757: the example worked step by step in a public description of the check digit
    // (odd positions 23, even positions doubled 20, total 43, check 7).
    expect(italianTaxCodeCheckDigit('8633451975')).toBe(7);
    expect(italianTaxCodeProblem('86334519757')).toBeUndefined();
  });

  it('accepts fixture numbers with computed check digits', () => {
    // Fixtures: made-up bodies, check digits computed, not the numbers of real companies.
    for (const code of ['01234567897', '10000001007', '20000002004', '30000010139', '00000010132']) {
      expect(italianTaxCode.parse(code)).toBe(code);
    }
  });

  it('names what was expected', () => {
    expect(italianTaxCodeProblem('01234567898')).toBe(
      'the check digit of "01234567898" is wrong: after 0123456789 it must be 7 — check for a typo',
    );
    expect(italianTaxCodeProblem('1234567897')).toBe(
      'expected the tax code of a company: 11 digits, e.g. 01234567897 — got "1234567897" (a spreadsheet may have dropped leading zeros: format the column as text)',
    );
    expect(italianTaxCodeProblem('RSSMRA80A01F205X')).toBe(
      'expected the tax code of a company: 11 digits, e.g. 01234567897 — got "RSSMRA80A01F205X" (this is the tax code of a person, not of a company)',
    );
  });
});
