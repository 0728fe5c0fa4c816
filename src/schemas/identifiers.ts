/**
 * Company identifiers of the two registers, checked with their check digits so a typo in an
 * import is caught before it becomes a row:
 * - Swiss UID (Unternehmens-Identifikationsnummer), written CHE-123.456.789: the ninth digit is
 *   a mod-11 check over the first eight, weights 5,4,3,2,7,6,5,4; check = 11 − (sum mod 11),
 *   where 11 becomes 0 and 10 is never issued.
 * - Italian tax code of a company (codice fiscale numerico, the same number as its partita IVA):
 *   11 digits, the last a Luhn-style check over the first ten: digits in odd positions added as
 *   they are, digits in even positions doubled (minus 9 when above 9); check = (10 − sum mod 10) mod 10.
 */
import { z } from 'zod';
import { expected } from './common.ts';

const UID_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/** The UID check digit of eight digits, or undefined when they give 10 (a number never issued). */
export function swissUidCheckDigit(eightDigits: string): number | undefined {
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(eightDigits[index]) * UID_WEIGHTS[index]!;
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** The check digit of the first ten digits of an Italian company tax code / VAT number. */
export function italianTaxCodeCheckDigit(tenDigits: string): number {
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const digit = Number(tenDigits[index]);
    // Index 0 is position 1 (odd): as it is; index 1 is position 2 (even): doubled.
    if (index % 2 === 0) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return (10 - (sum % 10)) % 10;
}

/** The register's ways of writing a UID (CHE279438550, CHE-279.438.550, CHE-279438550) in one form. */
export function formatSwissUid(digits: string): string {
  return `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}`;
}

const UID_FORM = 'expected a Swiss UID written as CHE-123.456.789 (CHE and nine digits)';
const UID_INPUT = /^CHE-?(\d{3})\.?(\d{3})\.?(\d{3})$/;

/** Why a UID is wrong, or undefined when it is right. Input in any of the register's forms. */
export function swissUidProblem(input: string): string | undefined {
  const match = UID_INPUT.exec(input.trim());
  if (!match) return `${UID_FORM} — got "${input}"`;
  const digits = match.slice(1).join('');
  const check = swissUidCheckDigit(digits);
  if (check === undefined) {
    return `"${formatSwissUid(digits)}" is not a UID: its first eight digits give the check value 10, which is never issued — check for a typo`;
  }
  if (Number(digits[8]) !== check) {
    return `the check digit of "${formatSwissUid(digits)}" is wrong: after ${digits.slice(0, 8)} it must be ${check} (mod-11 check) — check for a typo`;
  }
  return undefined;
}

/** A UID in any of the register's forms, checked and given back as CHE-123.456.789. */
export const swissUid = z
  .string({ error: expected(UID_FORM) })
  .superRefine((value, ctx) => {
    const problem = swissUidProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => formatSwissUid(value.replace(/\D/g, '')));

const TAX_CODE_FORM = 'expected the tax code of a company: 11 digits, e.g. 01234567897';

/** Why a company tax code is wrong, or undefined when it is right. */
export function italianTaxCodeProblem(input: string): string | undefined {
  const value = input.trim();
  if (!/^\d{11}$/.test(value)) {
    const hint = /^\d{1,10}$/.test(value)
      ? ' (a spreadsheet may have dropped leading zeros: format the column as text)'
      : /^[A-Za-z]{6}\d{2}/.test(value)
        ? ' (this is the tax code of a person, not of a company)'
        : '';
    return `${TAX_CODE_FORM} — got "${input}"${hint}`;
  }
  const check = italianTaxCodeCheckDigit(value);
  if (Number(value[10]) !== check) {
    return `the check digit of "${value}" is wrong: after ${value.slice(0, 10)} it must be ${check} — check for a typo`;
  }
  return undefined;
}

/** The tax code (= VAT number) of an Italian company, 11 digits with a valid check digit. */
export const italianTaxCode = z
  .string({ error: expected(TAX_CODE_FORM) })
  .trim()
  .superRefine((value, ctx) => {
    const problem = italianTaxCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
