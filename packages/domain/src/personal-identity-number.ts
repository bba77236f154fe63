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
 * The text as the check reads it: ASCII as it is, any letter or mark as it is, and of every other
 * character what NFKC makes of it, with any decimal digit in ASCII, " " for any space, "-" for any
 * dash, nothing for a format character, and "x" for the rest. Most characters keep their length;
 * `changes` records those that do not (a removed soft hyphen, a character outside the BMP, "⑫" read
 * as "12"), so that a place in `text` leads back to the original without a table as long as it.
 */
interface Normalised {
  text: string;
  changes: Change[];
}

interface Change {
  /** Where it starts in the normalised text, and how many characters it became there. */
  at: number;
  length: number;
  /** Where it was in the original text. */
  from: number;
  to: number;
}

const formatCharacter = /^\p{Cf}$/u;
const decimalDigit = /^\p{Nd}$/u;
const dash = /^[\p{Pd}\u2212]$/u;
const space = /^\s$/u;

/** Digits joined by separators: spaces, or one dash, plus, dot or slash with a space or two around it. */
const run = /\d+(?:(?:\s{0,2}[-+./]\s{0,2}|\s{1,2})\d+)*/g;

function normalise(text: string): Normalised {
  const changes: Change[] = [];
  let shift = 0;
  // ASCII and letters (which NFKC never turns into digits or separators) pass as they are, quickly.
  const normalised = text.replace(/[^\p{ASCII}\p{L}\p{M}]/gu, (character, offset) => {
    const kept = read(character);
    if (kept.length !== character.length) {
      changes.push({
        at: offset + shift,
        length: kept.length,
        from: offset,
        to: offset + character.length,
      });
      shift += kept.length - character.length;
    }
    return kept;
  });
  return { text: normalised, changes };
}

const readBefore = new Map<string, string>();

/** One character (a code point) as the check reads it; "" for one that does not show. */
function read(character: string): string {
  let kept = readBefore.get(character);
  if (kept === undefined) {
    kept = readAfresh(character);
    if (readBefore.size < 4096) readBefore.set(character, kept);
  }
  return kept;
}

function readAfresh(character: string): string {
  let kept = "";
  for (const c of character.normalize("NFKC")) {
    if (formatCharacter.test(c)) continue;
    if (c >= "0" && c <= "9") kept += c;
    else if (decimalDigit.test(c)) kept += String(digitValue(c));
    else if (dash.test(c)) kept += "-";
    else if (space.test(c)) kept += " ";
    else if (c === "+" || c === "." || c === "/") kept += c;
    else kept += "x";
  }
  // A letter stays one "x", whatever NFKC makes of it.
  return /^x+$/.test(kept) ? "x" : kept;
}

/** Where the normalised character at `index` starts and ends in the original text. */
function original(normalised: Normalised, index: number): { from: number; to: number } {
  const { changes } = normalised;
  let low = 0;
  let high = changes.length - 1;
  let last: Change | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const change = changes[middle];
    if (change && change.at <= index) {
      last = change;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (!last) return { from: index, to: index + 1 };
  if (index < last.at + last.length) return { from: last.from, to: last.to };
  const from = last.to + (index - last.at - last.length);
  return { from, to: from + 1 };
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

/** The groups of digits of one run: where each starts and ends in the normalised text. */
interface Run {
  text: string;
  starts: number[];
  ends: number[];
}

export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const normalised = normalise(text);
  const found: PersonalIdentityNumberMatch[] = [];
  for (const match of normalised.text.matchAll(run)) {
    if (match[0].length < 10 || match[0].replace(/\D/g, "").length < 10) continue;
    const groups: Run = { text: normalised.text, starts: [], ends: [] };
    const end = match.index + match[0].length;
    for (let i = match.index; i < end; i++) {
      if (!isDigit(normalised.text, i)) continue;
      groups.starts.push(i);
      while (i < end && isDigit(normalised.text, i)) i++;
      groups.ends.push(i);
    }
    let first = 0;
    while (first < groups.starts.length) {
      const last = longestNumberFrom(groups, first);
      if (last === null) {
        first++;
        continue;
      }
      const start = original(normalised, groups.starts[first] ?? 0).from;
      const end = original(normalised, (groups.ends[last] ?? 1) - 1).to;
      const day = Number(digitsOf(groups, first, last).slice(-6, -4));
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
function longestNumberFrom(groups: Run, first: number): number | null {
  const apart = (group: number) =>
    group === 0 || group >= groups.starts.length || /^\s+$/.test(separatorBefore(groups, group));
  if (!apart(first)) return null;
  let total = 0;
  let best: number | null = null;
  for (let last = first; last < groups.starts.length; last++) {
    total += (groups.ends[last] ?? 0) - (groups.starts[last] ?? 0);
    if (total > 12) break;
    if ((total === 10 || total === 12) && apart(last + 1) && isNumber(groups, first, last, total))
      best = last;
  }
  return best;
}

function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function separatorBefore(groups: Run, group: number): string {
  return groups.text.slice(groups.ends[group - 1], groups.starts[group]);
}

function digitsOf(groups: Run, first: number, last: number): string {
  let digits = "";
  for (let g = first; g <= last; g++) digits += groups.text.slice(groups.starts[g], groups.ends[g]);
  return digits;
}

function isNumber(groups: Run, first: number, last: number, length: number): boolean {
  let position = 0;
  for (let g = first; g <= last; g++) {
    if (g > first && !separatorAllowed(separatorBefore(groups, g), position, length)) return false;
    position += (groups.ends[g] ?? 0) - (groups.starts[g] ?? 0);
  }
  const digits = digitsOf(groups, first, last);
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
  if (position === length - 2) return /^\s+$/.test(separator);
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
