/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer),
 * which must never be stored in free text: the portal is about how the care works, never about a child.
 *
 * Recognised as people write them: YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
 * YYYYMMDDNNNN and YYMMDDNNNN, and in every disguise of the same digits: other digits (fullwidth,
 * Arabic-Indic, any decimal digit), invisible characters inside (zero-width space, soft hyphen,
 * combining marks, variation selectors, keycaps), blank-looking characters (Hangul fillers, the blank
 * braille pattern), up to three spaces or three other characters that are neither letters nor digits
 * as the separator (-- _ : , ~ # ' ·), the date's parts in groups ("1212 12 1212", "12.12.12-1212",
 * "19 12 12 12 1212"), the last four in two after a dash or a plus ("811218-98.76", "811218-98-76",
 * "81.12.18-98.76"), every digit apart with one and the same separator, another allowed before the
 * last four ("8 1 1 2 1 8 9 8 7 6", "8.1.1.2.1.8.9.8.7.6", "1 9 8 1 1 2 1 8 - 9 8 7 6"),
 * look-alike letters in a word of digits ("121212-l2l2"), HTML character references, Markdown
 * escapes and percent-encoding ("&#49;21212&ndash;1212", "121212\-1212", "%31..."), and digits that
 * show in another order right to left (an override, an embedding).
 *
 * A candidate counts only when its date exists (for a coordination number the day is 61–91), its
 * century is 18, 19 or 20, and the Luhn check digit over the ten digits YYMMDDNNN(N) is right, so
 * ordinary dates, case numbers and amounts pass. Groups split the digits only where a number's parts
 * meet (after the century, the year, the month, the day, or in the middle of the last four: with
 * spaces, or with another separator when a dash or a plus comes before the last four, for after a
 * space, a comma or a colon they read as a time, 2012-12-12 12.12), so phone numbers as Swedes group
 * them, 070-123 45 67 or 08-123 456 78, with spaces, dashes or dots, never count; the same digits
 * written together (0701234567) count when they happen to form a valid number. Digits one by one
 * count only as a whole: a list of small numbers ("1 2 3 4 5 6 7 8 9 0") counts only when all of it
 * forms a valid number, never a part of it.
 */
export interface PersonalIdentityNumberMatch {
  /** Where in the text it starts, and how long it is. */
  index: number;
  length: number;
  kind: "personnummer" | "samordningsnummer";
}

/**
 * The text as the check reads it: ASCII as it is, any letter as it is, and of every other
 * character what NFKC makes of it, with any decimal digit in ASCII, " " for any space or blank,
 * "-" for any dash, nothing for a format character or a mark, "x" for what becomes letters and "_"
 * for any other symbol; references, escapes and percent-encoding as what they stand for, and
 * look-alike letters in a word of digits as the digits. Most characters keep their length;
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
const mark = /^\p{M}$/u;
const letter = /^\p{L}$/u;
const decimalDigit = /^\p{Nd}$/u;
const dash = /^[\p{Pd}\u2212]$/u;
const space = /^\s$/u;
/** Characters that show as nothing: Hangul fillers and the blank braille pattern. */
const blank = /^[\u115f\u1160\u2800\u3164\uffa0]$/u;

/**
 * What the check reads apart from ASCII and letters: any other character, a blank-looking letter, an
 * HTML character reference (&#49;, &#x31;, &ndash;), a Markdown backslash escape (\-) and a
 * percent-encoded character (%31), each read as what it shows as.
 */
const special =
  /[^\p{ASCII}\p{L}]|[\u115f\u1160\u3164\uffa0]|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});|\\[!-/:-@[-`{-~]|%[0-7][\da-fA-F]|%[c-dC-D][\da-fA-F]%[89abAB][\da-fA-F]|%[eE][\da-fA-F](?:%[89abAB][\da-fA-F]){2}|%[fF][0-4](?:%[89abAB][\da-fA-F]){3}/gu;

/** The named character references that show as a dash, a space, punctuation or nothing. */
const namedReferences: Record<string, string> = {
  ndash: "\u2013",
  mdash: "\u2014",
  minus: "\u2212",
  hyphen: "\u2010",
  dash: "\u2010",
  horbar: "\u2015",
  nbsp: "\u00a0",
  NonBreakingSpace: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  emsp13: "\u2004",
  emsp14: "\u2005",
  numsp: "\u2007",
  puncsp: "\u2008",
  thinsp: "\u2009",
  ThinSpace: "\u2009",
  hairsp: "\u200a",
  VeryThinSpace: "\u200a",
  MediumSpace: "\u205f",
  ZeroWidthSpace: "\u200b",
  NegativeThinSpace: "\u200b",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
  NoBreak: "\u2060",
  shy: "\u00ad",
  Tab: "\t",
  NewLine: "\n",
  period: ".",
  comma: ",",
  colon: ":",
  sol: "/",
  plus: "+",
  lowbar: "_",
  num: "#",
  middot: "\u00b7",
  centerdot: "\u00b7",
};

function normalise(text: string): Normalised {
  const changes: Change[] = [];
  let shift = 0;
  // ASCII and letters (which NFKC never turns into digits or separators) pass as they are, quickly.
  const normalised = text.replace(special, (character, offset) => {
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
  return { text: lookalikesAsDigits(normalised), changes };
}

const readBefore = new Map<string, string>();

/** One character (a code point, a reference or an escape) as the check reads it; "" for one that does not show. */
function read(character: string): string {
  let kept = readBefore.get(character);
  if (kept === undefined) {
    kept = readAfresh(character);
    if (readBefore.size < 4096) readBefore.set(character, kept);
  }
  return kept;
}

function readAfresh(written: string): string {
  const character = decoded(written);
  if (character === null) return written;
  if (blank.test(character)) return " ";
  if (character.length <= 1 && character <= "\u007f" && written !== character) return character;
  let kept = "";
  for (const c of character.normalize("NFKC")) {
    if (formatCharacter.test(c) || mark.test(c)) continue;
    if (c >= "0" && c <= "9") kept += c;
    else if (decimalDigit.test(c)) kept += String(digitValue(c));
    else if (dash.test(c)) kept += "-";
    else if (space.test(c) || blank.test(c)) kept += " ";
    else if (c <= "\u007f" && !/[a-zA-Z]/.test(c)) kept += c;
    else if (/[a-zA-Z]/.test(c) || letter.test(c)) kept += "x";
    else kept += "_";
  }
  // A letter stays one "x", whatever NFKC makes of it.
  return /^x+$/.test(kept) ? "x" : kept;
}

/** What a reference, an escape or a percent-encoded character stands for; null for an unknown name. */
function decoded(written: string): string | null {
  if (written.length === 1 || (written.length === 2 && !/^[\\%]/.test(written))) return written;
  if (written.startsWith("\\")) return written.slice(1);
  if (written.startsWith("%")) {
    try {
      return decodeURIComponent(written);
    } catch {
      return null;
    }
  }
  const name = written.slice(1, -1);
  if (!name.startsWith("#")) return namedReferences[name] ?? null;
  const code = /^#[xX]/.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Letters that look like 1 or 0: l, I, | and O, o, in Latin, Greek, Cyrillic and fullwidth. */
const lookalikes: Record<string, string> = {
  l: "1",
  I: "1",
  "|": "1",
  "\u01c0": "1",
  "\u0399": "1",
  "\u0406": "1",
  "\u04c0": "1",
  "\u04cf": "1",
  "\uff29": "1",
  "\uff4c": "1",
  O: "0",
  o: "0",
  "\u039f": "0",
  "\u03bf": "0",
  "\u041e": "0",
  "\u043e": "0",
  "\uff2f": "0",
  "\uff4f": "0",
};
const lookalike =
  "[lI|\u01c0\u0399\u0406\u04c0\u04cf\uff29\uff4cOo\u039f\u03bf\u041e\u043e\uff2f\uff4f]";
const lookalikeBesideDigit = new RegExp(`\\d${lookalike}|${lookalike}\\d`, "g");

/**
 * Look-alike letters read as digits where they stand in a word of digits and look-alikes only
 * ("l2l2" is 1212), so that ordinary words, and a word with any other letter ("10ml", "Olle"),
 * stay as they are. A "|" between two digits stays a separator.
 */
function lookalikesAsDigits(text: string): string {
  let result = "";
  let copied = 0;
  let done = 0;
  for (const hit of text.matchAll(lookalikeBesideDigit)) {
    if (hit.index < done) continue;
    let start = hit.index;
    while (start > 0 && inWord(text, start - 1)) start--;
    let end = hit.index + 2;
    while (end < text.length && inWord(text, end)) end++;
    done = end;
    let word = "";
    let onlyLookalikes = true;
    for (let i = start; i < end; i++) {
      const c = text.charAt(i);
      if (isDigit(text, i)) word += c;
      else if (c === "|" && isDigit(text, i - 1) && isDigit(text, i + 1)) word += c;
      else if (lookalikes[c] !== undefined) word += lookalikes[c];
      else {
        onlyLookalikes = false;
        break;
      }
    }
    if (!onlyLookalikes) continue;
    result += text.slice(copied, start) + word;
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

function inWord(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (isDigit(text, index) || c === "|") return true;
  const code = text.charCodeAt(index);
  if (code < 0x80) return /[a-zA-Z]/.test(c);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return letter.test(c);
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
  const found = findInOrder(text);
  // The text as a reader sees it, where that differs from how it is written: Markdown's marks
  // part the digits as written and not once rendered; shown right to left, the digits may read as
  // a number they do not form as written. A match there is marked where it is written.
  const shown = [
    markdownView(text),
    ...(rightToLeft.test(text) ? [reversedView(text, false), reversedView(text, true)] : []),
  ];
  for (const view of shown) {
    if (!view) continue;
    for (const match of findInOrder(view.text)) {
      const first = view.original(match.index);
      const last = view.original(match.index + match.length - 1);
      const index = Math.min(first, last);
      let end = Math.max(first, last) + 1;
      if (isHighSurrogate(text, end - 1)) end++;
      if (found.some((f) => f.index < end && index < f.index + f.length)) continue;
      found.push({ index, length: end - index, kind: match.kind });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Markdown's inline syntax, which a reader of the rendered text does not see: a link's or an
 * image's brackets and address (its label stays, in group 1 or 2), a tag, and the marks of
 * emphasis, strike-through and code.
 */
const markdownLinks =
  /!?\[([^\]\n]*)\]\([^)\n]*\)|!?\[([^\]\n]*)\]\[[^\]\n]*\]|<\/?[a-z][^<>\n]{0,200}>/gi;
const markdownMarks = /[*_`~]/g;

/** The text without what `pattern` matches but the label it keeps, and where each kept character was. */
function without(text: string, pattern: RegExp, at: (index: number) => number) {
  let kept = "";
  const from: number[] = [];
  const keep = (start: number, end: number) => {
    kept += text.slice(start, end);
    for (let i = start; i < end; i++) from.push(at(i));
  };
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    keep(last, match.index);
    const label = match[1] ?? match[2];
    if (label) {
      const start = match.index + match[0].indexOf("[") + 1;
      keep(start, start + label.length);
    }
    last = match.index + match[0].length;
  }
  keep(last, text.length);
  return { text: kept, original: (index: number) => from[index] ?? at(text.length) };
}

/**
 * The text as its rendered Markdown shows it (links as their labels, no tags, no marks of emphasis
 * or code), and where each of its characters was written; null when it holds none of that syntax.
 */
function markdownView(text: string): { text: string; original: (index: number) => number } | null {
  if (!/[*_`~[<]/.test(text)) return null;
  const linked = without(text, markdownLinks, (index) => index);
  return without(linked.text, markdownMarks, linked.original);
}

/** A right-to-left override, embedding, isolate or mark: what can make digits show in another order. */
const rightToLeft = /[\u061c\u200f\u202b\u202e\u2067\u2068]/;

/**
 * The text in the order a right-to-left run shows it: every character reversed (an override turns
 * digits around too), or, with `keepNumbers`, the order of its parts reversed while each number
 * reads as written (an embedding, an isolate or a mark reverses only the order of the groups).
 */
function reversedView(
  text: string,
  keepNumbers: boolean,
): { text: string; original: (index: number) => number } {
  const parts = keepNumbers ? text.split(/([\p{N}\p{M}\p{Cf}]+)/u) : [text];
  // Where each part starts in the text and in the view, and whether it reads turned around.
  const from: number[] = [];
  const at: number[] = [];
  const turned: boolean[] = [];
  const written: string[] = [];
  let offset = text.length;
  let position = 0;
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p] ?? "";
    offset -= part.length;
    if (part === "") continue;
    const keep = keepNumbers && p % 2 === 1;
    from.push(offset);
    at.push(position);
    turned.push(!keep);
    written.push(keep ? part : reversed(part));
    position += part.length;
  }
  const original = (index: number) => {
    let low = 0;
    let high = at.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((at[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const inside = index - (at[low] ?? 0);
    const length = written[low]?.length ?? 0;
    return (from[low] ?? 0) + (turned[low] ? length - 1 - inside : inside);
  };
  return { text: written.join(""), original };
}

/** A text with its code points in reverse order, a character outside the BMP kept whole. */
function reversed(text: string): string {
  const units: string[] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    if (i > 0 && isHighSurrogate(text, i - 1) && !isHighSurrogate(text, i)) {
      units.push(text.charAt(i - 1), text.charAt(i));
      i--;
    } else units.push(text.charAt(i));
  }
  return units.join("");
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

/** The numbers of a text read in the order it is written. */
function findInOrder(text: string): PersonalIdentityNumberMatch[] {
  const normalised = normalise(text);
  const found: PersonalIdentityNumberMatch[] = [];
  for (const groups of runs(normalised.text)) {
    let first = 0;
    while (first < groups.starts.length) {
      const last = longestNumberFrom(groups, first);
      if (last === null) {
        first++;
        continue;
      }
      const start = original(normalised, groups.starts[first] ?? 0).from;
      const end = marksAfter(text, original(normalised, (groups.ends[last] ?? 1) - 1).to);
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

/** Where the marks on the character before `index` end: a keycap or a selector belongs to its digit. */
function marksAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && mark.test(String.fromCodePoint(text.codePointAt(end) ?? 0)))
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return end;
}

/** At most this many spaces, and this many other characters, part two groups of digits. */
const separatorSpaces = 3;
const separatorMarks = 3;

/**
 * Digits in groups joined by short separators, ten digits or more in all. A separator is up to
 * three spaces, up to three characters that are neither letters nor digits (- -- _ : , ~ # ' ·), or
 * such characters with spaces around them (" -- ").
 */
function* runs(text: string): Generator<Run> {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isDigit(text, i)) {
      i++;
      continue;
    }
    const groups: Run = { text, starts: [], ends: [] };
    let digits = 0;
    for (;;) {
      const start = i;
      while (i < length && isDigit(text, i)) i++;
      groups.starts.push(start);
      groups.ends.push(i);
      digits += i - start;
      const next = afterSeparator(text, i);
      if (next === null) break;
      i = next;
    }
    if (digits >= 10) yield groups;
  }
}

/** Where the digits after a separator at `index` start, or null if no separator and digit follow. */
function afterSeparator(text: string, index: number): number | null {
  let i = index;
  const spaces = count(text, i, isSpace, separatorSpaces);
  if (spaces < 0) return null;
  i += spaces;
  const marks = count(text, i, isSeparatorMark, separatorMarks);
  if (marks < 0) return null;
  i += marks;
  if (marks > 0) {
    const after = count(text, i, isSpace, separatorSpaces);
    if (after < 0) return null;
    i += after;
  }
  if (i === index || !isDigit(text, i)) return null;
  return i;
}

/** How many characters from `index` on pass `test`, or -1 for more than `most`. */
function count(
  text: string,
  index: number,
  test: (text: string, index: number) => boolean,
  most: number,
): number {
  let n = 0;
  while (n <= most && index + n < text.length && test(text, index + n)) n++;
  return n > most ? -1 : n;
}

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13);
}

/** Neither a letter, a digit nor a space: the normalised text holds such characters in ASCII only. */
function isSeparatorMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0x80 || isSpace(text, index)) return false;
  return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
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
 * to it by a dash, dot, slash, colon or comma belong with it (2012-12-12 12.12 is a date and a time,
 * 12:30 a time), so only a separator with a space or another character parts it from the digits around.
 */
function longestNumberFrom(groups: Run, first: number): number | null {
  const apart = (group: number) =>
    group === 0 ||
    group >= groups.starts.length ||
    parts(groups.text, groups.ends[group - 1] ?? 0, groups.starts[group] ?? 0);
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

/** A separator that parts numbers: one with a space, or other than those of dates, times and amounts. */
function parts(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!"-./:,+'".includes(text.charAt(i))) return true;
  return false;
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
  if (!inParts(groups, first, last, length) && !spelledOut(groups, first, last, length))
    return false;
  const digits = digitsOf(groups, first, last);
  const century = length === 12 ? digits.slice(0, 2) : undefined;
  if (century !== undefined && !["18", "19", "20"].includes(century)) return false;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const dayNumber = Number(ten.slice(4, 6));
  const realDay = dayNumber > 60 ? dayNumber - 60 : dayNumber;
  return dateExists(century, ten.slice(0, 2), month, realDay) && luhnValid(ten);
}

/** Whether the groups first to last are a number's parts, every separator where its parts meet. */
function inParts(groups: Run, first: number, last: number, length: number): boolean {
  let beforeLastFour = "";
  let position = 0;
  for (let g = first; g <= last; g++) {
    const separator = g > first ? separatorBefore(groups, g) : "";
    if (position === length - 4) beforeLastFour = separator;
    if (g > first && !separatorAllowed(separator, position, length, beforeLastFour)) return false;
    position += (groups.ends[g] ?? 0) - (groups.starts[g] ?? 0);
  }
  return true;
}

/**
 * A separator after `position` digits of a number `length` digits long: where the century, year,
 * month and day end, before the last four, and in the middle of the last four. A plus sign, for 100
 * years or older, only before the last four of the short form. In the middle of the last four,
 * spaces always; another separator only after a dash or a plus before them (811218-98.76), for
 * after a space, a comma or a colon the last four read as a time or an amount (2017-08-29 10.30,
 * 2017-08-29, 10.30, 12:12:12:12:12).
 */
function separatorAllowed(
  separator: string,
  position: number,
  length: number,
  beforeLastFour: string,
): boolean {
  const lastFour = length - 4;
  if (separator.includes("+")) return length === 10 && position === lastFour;
  if (position === length - 2) {
    if (/^\s+$/.test(separator)) return true;
    if (/\s/.test(separator)) return false;
    return /^-+$|^\+$/.test(beforeLastFour);
  }
  return position % 2 === 0 && position >= 2 && position <= lastFour;
}

/**
 * Whether the groups first to last are the number's digits one by one, every two parted by the same
 * separator ("8 1 1 2 1 8 9 8 7 6", "8.1.1.2.1.8.9.8.7.6"), but for the one before the last four,
 * which may be any ("1 9 8 1 1 2 1 8 - 9 8 7 6"). The digits around, one by one with the same
 * separator, belong with them: in a list of small numbers only the whole list counts.
 */
function spelledOut(groups: Run, first: number, last: number, length: number): boolean {
  if (last - first + 1 !== length) return false;
  const single = (g: number) =>
    g >= 0 && g < groups.starts.length && (groups.ends[g] ?? 0) - (groups.starts[g] ?? 0) === 1;
  const uniform = separatorBefore(groups, first + 1);
  if (uniform.includes("+")) return false;
  for (let g = first; g <= last; g++) if (!single(g)) return false;
  for (let g = first + 2; g <= last; g++) {
    const separator = separatorBefore(groups, g);
    const position = g - first;
    if (position === length - 4) {
      if (!separatorAllowed(separator, position, length, "")) return false;
    } else if (separator !== uniform) return false;
  }
  if (single(first - 1) && separatorBefore(groups, first) === uniform) return false;
  if (single(last + 1) && separatorBefore(groups, last + 1) === uniform) return false;
  return true;
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
