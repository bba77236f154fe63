/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer),
 * which must never be stored in free text: the portal is about how the care works, never about a child.
 *
 * Recognised as people write them: YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
 * YYYYMMDDNNNN and YYMMDDNNNN. A candidate counts only when its date exists (for a coordination
 * number the day is 61–91) and the Luhn check digit over the ten digits YYMMDDNNN(N) is right, so
 * ordinary dates, case numbers and phone numbers written with spaces pass.
 */
export interface PersonalIdentityNumberMatch {
  /** Where in the text it starts, and how long it is. */
  index: number;
  length: number;
  kind: "personnummer" | "samordningsnummer";
}

// Digits not glued to other digits; an optional century, the date, an optional separator, four digits.
const candidate = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const found: PersonalIdentityNumberMatch[] = [];
  for (const match of text.matchAll(candidate)) {
    const [whole, century, year, month, day, separator, last] = match;
    if (!year || !month || !day || !last) continue;
    // A plus sign belongs with the short form only.
    if (century && separator === "+") continue;
    const dayNumber = Number(day);
    const kind = dayNumber > 60 ? "samordningsnummer" : "personnummer";
    const realDay = kind === "samordningsnummer" ? dayNumber - 60 : dayNumber;
    if (!dateExists(century, year, Number(month), realDay)) continue;
    if (!luhnValid(`${year}${month}${day}${last}`)) continue;
    found.push({ index: match.index ?? 0, length: whole.length, kind });
  }
  return found;
}

export function holdsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}

function dateExists(
  century: string | undefined,
  year: string,
  month: number,
  day: number,
): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century, 29 February is allowed if any century makes it a leap day.
  const fullYears = century ? [Number(century + year)] : [1900 + Number(year), 2000 + Number(year)];
  return fullYears.some((y) => day <= new Date(Date.UTC(y, month, 0)).getUTCDate());
}

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let digit = Number(tenDigits[i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
