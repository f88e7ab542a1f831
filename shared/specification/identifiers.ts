/**
 * Check-digit validation for the identifiers a specification carries:
 * Swedish and Norwegian organisation numbers and CPV codes. Pure functions;
 * each `normalise…` returns the canonical spelling, or null when the input is
 * not a valid number.
 */

function digitsOf(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0) - 48);
}

/**
 * Swedish organisationsnummer: ten digits written NNNNNN-NNNN or NNNNNNNNNN,
 * or the twelve-digit form with the century-like prefix "16". The last digit
 * is a Luhn check digit over the ten digits. Sole traders use their personal
 * identity number, which passes the same check, so the third digit is not
 * restricted here.
 */
export function normaliseSwedishOrgNumber(input: string): string | null {
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(input.trim());
  if (match === null) return null;
  const ten = `${match[1]}${match[2]}`;
  if (!passesLuhn(ten)) return null;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function isValidSwedishOrgNumber(input: string): boolean {
  return normaliseSwedishOrgNumber(input) !== null;
}

function passesLuhn(digitText: string): boolean {
  let sum = 0;
  const digits = digitsOf(digitText);
  // From the right: the check digit counts once, every second digit before it double.
  for (let index = 0; index < digits.length; index += 1) {
    const digit = digits[digits.length - 1 - index] ?? 0;
    const value = index % 2 === 1 ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
  }
  return sum % 10 === 0;
}

const norwegianWeights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Norwegian organisasjonsnummer: nine digits, optionally grouped 3-3-3 with
 * single spaces. Check digit: 11 − (weighted sum mod 11), where 11 means 0 and
 * 10 means the number cannot exist. Returns the nine digits without spaces.
 */
export function normaliseNorwegianOrgNumber(input: string): string | null {
  const match = /^(\d{3}) ?(\d{3}) ?(\d{3})$/.exec(input.trim());
  if (match === null) return null;
  const nine = `${match[1]}${match[2]}${match[3]}`;
  const digits = digitsOf(nine);
  let sum = 0;
  norwegianWeights.forEach((weight, index) => {
    sum += weight * (digits[index] ?? 0);
  });
  const remainder = 11 - (sum % 11);
  const check = remainder === 11 ? 0 : remainder;
  if (check === 10 || check !== digits[8]) return null;
  return nine;
}

export function isValidNorwegianOrgNumber(input: string): boolean {
  return normaliseNorwegianOrgNumber(input) !== null;
}

const cpvWeights = [3, 7, 1, 3, 7, 1, 3, 7] as const;

/**
 * A CPV code (Common Procurement Vocabulary), written NNNNNNNN-N, whose last
 * digit checks the other eight.
 *
 * The weights 3,7,1,3,7,1,3,7 (sum mod 10) reproduce the check digit of most
 * codes, but the official vocabulary also has codes whose check digit lies
 * exactly 5 away from that result: 72400000-4 Internet services, 72600000-6
 * Computer support and consultancy services, 72212100-0 and others. What
 * holds for every published code we verified is the weighted sum modulo 5, so
 * that is what we check. It still catches every single wrong digit except a
 * change by exactly 5, and every swap of neighbouring digits except digits
 * that differ by 5.
 */
export function isValidCpvCode(input: string): boolean {
  if (!/^\d{8}-\d$/.test(input)) return false;
  const digits = digitsOf(input.slice(0, 8));
  let sum = 0;
  cpvWeights.forEach((weight, index) => {
    sum += weight * (digits[index] ?? 0);
  });
  const check = input.charCodeAt(9) - 48;
  return (sum - check) % 5 === 0;
}

/** Accepts "72000000-5", "720000005" or " 72000000 - 5 " and returns "72000000-5". */
export function normaliseCpvCode(input: string): string | null {
  const match = /^(\d{8})\s*-?\s*(\d)$/.exec(input.trim());
  if (match === null) return null;
  const code = `${match[1]}-${match[2]}`;
  return isValidCpvCode(code) ? code : null;
}
