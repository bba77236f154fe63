/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer),
 * which must never be stored in free text: the portal is about how the care works, never about a child.
 *
 * Recognised as people write them: YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
 * YYYYMMDDNNNN and YYMMDDNNNN, and in every disguise of the same digits: other digits (fullwidth,
 * Arabic-Indic, any decimal digit), invisible characters inside (zero-width space, soft hyphen), any
 * dash, space, dot or slash as the separator, and the date's parts in groups ("1212 12 1212",
 * "12.12.12-1212", "19 12 12 12 1212").
 *
 * A candidate counts only when its date exists (for a coordination number the day is 61–91), its
 * century is 18, 19 or 20, and the Luhn check digit over the ten digits YYMMDDNNN(N) is right, so
 * ordinary dates, case numbers and amounts pass. Groups split the digits only where a number's parts
 * meet (after the century, the year, the month, the day, or in the middle of the last four with a
 * space), so phone numbers as Swedes group them, 070-123 45 67 or 08-123 456 78, never count; the same
 * digits written together (0701234567) count when they happen to form a valid number.
 */
export interface PersonalIdentityNumberMatch {
  /** Where in the text it starts, and how long it is. */
  index: number;
  length: number;
  kind: "personnummer" | "samordningsnummer";
}

/**
 * The text as the check reads it, one character for each character it keeps: ASCII digits, a space
 * for any space, "-" for any dash, "+", "." and "/" as they are, and "x" for everything else.
 * `from` and `to` give each character's place in the original text.
 */
interface Normalised {
  text: string;
  from: number[];
  to: number[];
}

const formatCharacter = /^\p{Cf}$/u;
const decimalDigit = /^\p{Nd}$/u;
const dash = /^[\p{Pd}\u2212]$/u;
const space = /^\s$/u;

/** Digits joined by separators: spaces, or one dash, plus, dot or slash with a space or two around it. */
const run = /\d+(?:(?: {0,2}[-+./] {0,2}| {1,2})\d+)*/g;

function normalise(text: string): Normalised {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let position = 0;
  for (const character of text) {
    const start = position;
    position += character.length;
    for (const c of character.normalize("NFKC")) {
      if (formatCharacter.test(c)) continue;
      let kept = "x";
      if (c >= "0" && c <= "9") kept = c;
      else if (decimalDigit.test(c)) kept = String(digitValue(c));
      else if (dash.test(c)) kept = "-";
      else if (space.test(c)) kept = " ";
      else if (c === "+" || c === "." || c === "/") kept = c;
      out.push(kept);
      from.push(start);
      to.push(position);
    }
  }
  return { text: out.join(""), from, to };
}

/** A decimal digit's value: Unicode gives every script's digits as ten code points in a row from zero. */
function digitValue(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  let zero = code;
  while (zero > 0 && decimalDigit.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/** "0701234567" ← "٠٧٠ ١٢٣ ٤٥ ٦٧": every decimal digit in ASCII, in any disguise, nothing else. */
export function normalisedDigits(text: string): string {
  return normalise(text).text.replace(/\D/g, "");
}

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator before it, within the run; "" for the first. */
  separator: string;
}

export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const normalised = normalise(text);
  const found: PersonalIdentityNumberMatch[] = [];
  for (const match of normalised.text.matchAll(run)) {
    const groups: Group[] = [];
    let previousEnd = match.index;
    for (const digits of match[0].matchAll(/\d+/g)) {
      const start = match.index + digits.index;
      groups.push({
        digits: digits[0],
        start,
        end: start + digits[0].length,
        separator: normalised.text.slice(previousEnd, start),
      });
      previousEnd = start + digits[0].length;
    }
    let first = 0;
    while (first < groups.length) {
      const last = longestNumberFrom(groups, first);
      if (last === null) {
        first++;
        continue;
      }
      const start = normalised.from[groups[first]?.start ?? 0] ?? 0;
      const end = normalised.to[(groups[last]?.end ?? 1) - 1] ?? start;
      const day = Number(
        groups
          .slice(first, last + 1)
          .map((g) => g.digits)
          .join("")
          .slice(-6, -4),
      );
      found.push({
        index: start,
        length: end - start,
        kind: day > 60 ? "samordningsnummer" : "personnummer",
      });
      first = last + 1;
    }
  }
  return found;
}

export function holdsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}

/**
 * Whether a number found could as well be a Swedish phone number written without spaces (ten digits
 * from a 0): the advice then is to write it in groups, 070-123 45 67, which never counts.
 */
export function couldBePhoneNumber(text: string, match: PersonalIdentityNumberMatch): boolean {
  return /^0\d{9}$/.test(normalisedDigits(text.slice(match.index, match.index + match.length)));
}

/**
 * The last group of the longest valid number that starts with group `first`, or null. Digits joined
 * to it by a dash, dot or slash belong with it (2012-12-12 12.12 is a date and a time), so only a
 * space may part it from the digits around.
 */
function longestNumberFrom(groups: Group[], first: number): number | null {
  const apart = (group: Group | undefined) => group === undefined || /^ +$/.test(group.separator);
  if (first > 0 && !apart(groups[first])) return null;
  let total = 0;
  let best: number | null = null;
  for (let last = first; last < groups.length; last++) {
    total += groups[last]?.digits.length ?? 0;
    if (total > 12) break;
    if (
      (total === 10 || total === 12) &&
      apart(groups[last + 1]) &&
      isNumber(groups.slice(first, last + 1))
    )
      best = last;
  }
  return best;
}

function isNumber(groups: Group[]): boolean {
  const digits = groups.map((g) => g.digits).join("");
  const length = digits.length;
  let position = 0;
  for (const [i, group] of groups.entries()) {
    if (i > 0 && !separatorAllowed(group.separator, position, length)) return false;
    position += group.digits.length;
  }
  const century = length === 12 ? digits.slice(0, 2) : undefined;
  if (century !== undefined && !["18", "19", "20"].includes(century)) return false;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const dayNumber = Number(ten.slice(4, 6));
  const realDay = dayNumber > 60 ? dayNumber - 60 : dayNumber;
  return dateExists(century, ten.slice(0, 2), month, realDay) && luhnValid(ten);
}

/**
 * A separator after `position` digits of a number `length` digits long: where the century, year,
 * month and day end, before the last four, and (spaces only) in the middle of the last four.
 * A plus sign, for 100 years or older, only before the last four of the short form.
 */
function separatorAllowed(separator: string, position: number, length: number): boolean {
  const lastFour = length - 4;
  if (separator.includes("+")) return length === 10 && position === lastFour;
  if (position === length - 2) return /^ +$/.test(separator);
  return position % 2 === 0 && position >= 2 && position <= lastFour;
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
