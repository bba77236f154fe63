/**
 * The attacker of the published measurement: from every answer over the fixed groupings (the
 * shown counts, and the cells listed as suppressed), it writes down every sum a reader knows
 * holds between a total and its parts, and solves them exactly (fractions, no rounding) for the
 * suppressed counts. What it answers is every suppressed cell it could work out, with the count,
 * and every set of suppressed cells whose combined count it could work out and is below five.
 */

export interface PublishedCell {
  grouping: "total" | "group" | "county" | "role" | "group_role" | "county_role";
  key1: string;
  key2: string;
  /** null: suppressed. */
  n: number | null;
}

const keyOf = (c: Pick<PublishedCell, "grouping" | "key1" | "key2">) =>
  `${c.grouping}|${c.key1}|${c.key2}`;

class Fraction {
  constructor(
    readonly num: bigint,
    readonly den: bigint = 1n,
  ) {}
  static of(num: bigint, den: bigint): Fraction {
    if (den === 0n) throw new Error("division by zero");
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    return new Fraction((sign * num) / g, (sign * den) / g);
  }
  isZero = () => this.num === 0n;
  plus = (o: Fraction) => Fraction.of(this.num * o.den + o.num * this.den, this.den * o.den);
  minus = (o: Fraction) => Fraction.of(this.num * o.den - o.num * this.den, this.den * o.den);
  times = (o: Fraction) => Fraction.of(this.num * o.num, this.den * o.den);
  over = (o: Fraction) => Fraction.of(this.num * o.den, this.den * o.num);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Every total-and-parts sum between the published tables; a cell not listed is zero. */
function sums(cells: readonly PublishedCell[]): { total: string; parts: string[] }[] {
  const of = (g: PublishedCell["grouping"]) => cells.filter((c) => c.grouping === g);
  const out: { total: string; parts: string[] }[] = [];
  for (const g of ["group", "county", "role"] as const)
    out.push({ total: "total||", parts: of(g).map(keyOf) });
  for (const [pair, single] of [
    ["group_role", "group"],
    ["county_role", "county"],
  ] as const) {
    const keys1 = new Set([...of(single), ...of(pair)].map((c) => c.key1));
    for (const k of keys1)
      out.push({
        total: `${single}|${k}|`,
        parts: of(pair)
          .filter((c) => c.key1 === k)
          .map(keyOf),
      });
    const roles = new Set([...of("role").map((c) => c.key1), ...of(pair).map((c) => c.key2)]);
    for (const r of roles)
      out.push({
        total: `role|${r}|`,
        parts: of(pair)
          .filter((c) => c.key2 === r)
          .map(keyOf),
      });
  }
  return out;
}

/**
 * The sums over the suppressed counts, solved: in reduced row echelon form, each row the
 * coefficients of the unknowns and, last, the value they add up to.
 */
function eliminate(cells: readonly PublishedCell[]) {
  const known = new Map<string, number>();
  const unknown: string[] = [];
  for (const c of cells) {
    if (c.n === null) unknown.push(keyOf(c));
    else known.set(keyOf(c), c.n);
  }
  const column = new Map(unknown.map((k, i) => [k, i]));
  const width = unknown.length;
  // Each sum as: Σ coefficient × unknown = right-hand side (what the shown cells contribute).
  const rows: Fraction[][] = [];
  for (const { total, parts } of sums(cells)) {
    const row = Array.from({ length: width + 1 }, () => new Fraction(0n));
    let rhs = 0;
    const term = (key: string, sign: number) => {
      const i = column.get(key);
      if (i !== undefined) row[i] = Fraction.of((row[i] as Fraction).num + BigInt(sign), 1n);
      else rhs -= sign * (known.get(key) ?? 0);
    };
    term(total, 1);
    for (const p of parts) term(p, -1);
    row[width] = new Fraction(BigInt(rhs));
    if (row.slice(0, width).some((f) => !f.isZero())) rows.push(row);
  }
  let rank = 0;
  const pivotColumns: number[] = [];
  for (let c = 0; c < width && rank < rows.length; c++) {
    const r = rows.findIndex((row, i) => i >= rank && !(row[c] as Fraction).isZero());
    if (r < 0) continue;
    [rows[rank], rows[r]] = [rows[r] as Fraction[], rows[rank] as Fraction[]];
    const pivot = rows[rank] as Fraction[];
    const p = pivot[c] as Fraction;
    for (let k = 0; k <= width; k++) pivot[k] = (pivot[k] as Fraction).over(p);
    for (let i = 0; i < rows.length; i++) {
      if (i === rank) continue;
      const row = rows[i] as Fraction[];
      const f = row[c] as Fraction;
      if (f.isZero()) continue;
      for (let k = 0; k <= width; k++)
        row[k] = (row[k] as Fraction).minus(f.times(pivot[k] as Fraction));
    }
    pivotColumns.push(c);
    rank++;
  }
  return { unknown, rows, rank, pivotColumns, width };
}

/** The suppressed cells whose count the sums give away, with that count. */
export function recoverSuppressed(cells: readonly PublishedCell[]): Map<string, number> {
  const { unknown, rows, rank, pivotColumns, width } = eliminate(cells);
  const recovered = new Map<string, number>();
  for (let r = 0; r < rank; r++) {
    const row = rows[r] as Fraction[];
    const nonZero = row.slice(0, width).filter((f) => !f.isZero()).length;
    if (nonZero !== 1) continue;
    const value = row[width] as Fraction;
    recovered.set(
      unknown[pivotColumns[r] as number] as string,
      Number(value.num) / Number(value.den),
    );
  }
  return recovered;
}

/**
 * Every set of suppressed cells whose combined count follows from the sums and is below five, with
 * that count. A suppressed cell holds at least one respondent (a cell not listed holds none), so
 * such a set has at most four cells. Every combination the sums give is a sum of the solved rows,
 * each taken as many times as the combination holds of its leading unknown: a set of cells is
 * found by trying every choice of at most four rows and keeping those that add up to a set.
 */
export function smallDerivableGroups(
  cells: readonly PublishedCell[],
): { cells: string[]; n: number }[] {
  const { unknown, rows, rank, width } = eliminate(cells);
  const numeric = rows.slice(0, rank).map((row) => row.map((f) => Number(f.num) / Number(f.den)));
  const found: { cells: string[]; n: number }[] = [];
  const tolerance = 1e-9;
  const visit = (from: number, chosen: number[], sum: number[]) => {
    if (chosen.length > 0) {
      const members = sum.slice(0, width).map((v) => Math.round(v));
      const isSet = sum
        .slice(0, width)
        .every(
          (v, k) =>
            Math.abs(v - (members[k] as number)) < tolerance && v > -tolerance && v < 1 + tolerance,
        );
      const value = sum[width] as number;
      if (isSet && value < 5 - tolerance) {
        // The count, in exact fractions.
        const exact = chosen.reduce(
          (total, r) => total.plus((rows[r] as Fraction[])[width] as Fraction),
          new Fraction(0n),
        );
        found.push({
          cells: unknown.filter((_, k) => members[k] === 1),
          n: Number(exact.num) / Number(exact.den),
        });
      }
    }
    if (chosen.length === 4) return;
    for (let r = from; r < numeric.length; r++) {
      const row = numeric[r] as number[];
      visit(
        r + 1,
        [...chosen, r],
        sum.map((v, k) => v + (row[k] as number)),
      );
    }
  };
  visit(0, [], new Array<number>(width + 1).fill(0));
  return found;
}
