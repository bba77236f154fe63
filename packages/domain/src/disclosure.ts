/**
 * Small cells never leak. The time-use measurement is published over fixed groupings only: the
 * total, municipality group, county, role, group × role and county × role. A cell with fewer than
 * five respondents is suppressed (primary suppression), and so is any cell whose respondent count
 * could be worked out from the cells shown by adding and subtracting: a total and its parts
 * (secondary suppression). A suppressed cell hides its count and every statistic of it.
 *
 * What a reader knows: every shown cell's count, that a cell not listed has no respondents, and
 * the sums that hold between the tables: the total is the sum of the groups, of the counties and
 * of the roles; a group is the sum of its group × role cells, a county of its county × role cells,
 * and a role the sum of its group × role cells and of its county × role cells.
 */

export const surveyGroupings = [
  "total",
  "group",
  "county",
  "role",
  "group_role",
  "county_role",
] as const;
export type SurveyGrouping = (typeof surveyGroupings)[number];

/** One published cell: its grouping, its keys ('' where the grouping has none) and its count. */
export interface DisclosureCell {
  grouping: SurveyGrouping;
  key1: string;
  key2: string;
  n: number;
}

/** Fewer respondents than this and a cell is not shown ("färre än 5"). */
export const minimumCellSize = 5;
export const suppressedLabel = `färre än ${minimumCellSize}`;

/** A cell's identity: grouping, key1 and key2. */
export const cellKey = (cell: Pick<DisclosureCell, "grouping" | "key1" | "key2">): string =>
  `${cell.grouping}|${cell.key1}|${cell.key2}`;

/** A sum a reader knows holds: `total` is the sum of `parts` (cells not listed are zero). */
export interface Relation {
  total: string;
  parts: string[];
}

/** Every sum that holds between the cells given, over the fixed groupings. */
export function disclosureRelations(cells: readonly DisclosureCell[]): Relation[] {
  const present = new Set(cells.map(cellKey));
  const byGrouping = (grouping: SurveyGrouping) => cells.filter((c) => c.grouping === grouping);
  const relations: Relation[] = [];
  const add = (total: string, parts: DisclosureCell[]) => {
    if (!present.has(total) && parts.length === 0) return;
    relations.push({ total, parts: parts.map(cellKey) });
  };
  const total = cellKey({ grouping: "total", key1: "", key2: "" });
  for (const grouping of ["group", "county", "role"] as const) add(total, byGrouping(grouping));
  const pairs = [
    ["group_role", "group"],
    ["county_role", "county"],
  ] as const;
  for (const [pair, single] of pairs) {
    const cellsOfPair = byGrouping(pair);
    const firstKeys = new Set([
      ...byGrouping(single).map((c) => c.key1),
      ...cellsOfPair.map((c) => c.key1),
    ]);
    for (const key of [...firstKeys].sort()) {
      add(
        cellKey({ grouping: single, key1: key, key2: "" }),
        cellsOfPair.filter((c) => c.key1 === key),
      );
    }
    const roles = new Set([
      ...byGrouping("role").map((c) => c.key1),
      ...cellsOfPair.map((c) => c.key2),
    ]);
    for (const role of [...roles].sort()) {
      add(
        cellKey({ grouping: "role", key1: role, key2: "" }),
        cellsOfPair.filter((c) => c.key2 === role),
      );
    }
  }
  return relations;
}

/**
 * The cells that are not shown: those with fewer than five respondents, and then, until nothing
 * changes, more cells wherever the sums would give a count away. First the plain rules, sum by
 * sum (a total and its parts): a sum with exactly one hidden member hides another, the smallest
 * part shown (or the total when no other part has respondents); and a sum whose total is shown
 * while its hidden parts together have fewer than five respondents hides the smallest part shown
 * (or the total when every part is hidden), so that the hidden parts of a shown total always hold
 * five or more. Then the sums together: a hidden cell whose count follows from any combination of
 * the sums, or a set of hidden cells whose combined count follows and is below five, hides the
 * smallest cell shown in one of their sums.
 */
export function suppressedCells(cells: readonly DisclosureCell[]): Set<string> {
  const size = new Map(cells.map((c) => [cellKey(c), c.n]));
  const sizeOf = (key: string) => size.get(key) ?? 0;
  const relations = disclosureRelations(cells).map((r) => ({
    total: r.total,
    // A cell no one is in is known to be zero: not one of the unknowns.
    members: [r.total, ...r.parts].filter((key) => sizeOf(key) > 0),
    parts: r.parts.filter((key) => sizeOf(key) > 0),
  }));
  const plainRelations = relations.map((r) => ({ total: r.total, parts: r.parts }));
  const bySize = (a: string, b: string) => sizeOf(a) - sizeOf(b) || (a < b ? -1 : 1);
  const hidden = new Set(cells.filter((c) => c.n < minimumCellSize && c.n > 0).map(cellKey));

  /** The smallest shown cell of a sum, parts first; ties by key, so the answer is the same each time. */
  const nextToHide = (relation: (typeof relations)[number]): string | null => {
    const shown = (keys: string[]) => keys.filter((key) => !hidden.has(key)).sort(bySize);
    return shown(relation.parts)[0] ?? shown([relation.total])[0] ?? null;
  };

  /** A sum that gives away a count or a small combined count as it stands, by itself. */
  const givesAway = (relation: (typeof relations)[number]): boolean => {
    const hiddenMembers = relation.members.filter((key) => hidden.has(key));
    if (hiddenMembers.length === 1) return true;
    if (hidden.has(relation.total) || sizeOf(relation.total) === 0) return false;
    const hiddenParts = relation.parts.filter((key) => hidden.has(key));
    const combined = hiddenParts.reduce((sum, key) => sum + sizeOf(key), 0);
    return hiddenParts.length > 0 && combined < minimumCellSize;
  };

  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const relation of relations) {
        while (givesAway(relation)) {
          const next = nextToHide(relation);
          if (!next) break;
          hidden.add(next);
          changed = true;
        }
      }
    }
    const disclosed = disclosedSet(plainRelations, hidden, sizeOf);
    if (disclosed === null) return hidden;
    const stillDisclosed = (extra: string) =>
      derivable(plainRelations, new Set([...hidden, extra]), disclosed);
    const options = [
      ...new Set(
        relations
          .filter((r) => r.members.some((key) => disclosed.includes(key)))
          .map((r) => nextToHide(r))
          .filter((key): key is string => key !== null),
      ),
    ].sort(bySize);
    let next = options.find((key) => !stillDisclosed(key)) ?? options[0];
    if (next === undefined) {
      // Every sum they are in is wholly hidden, yet other sums give them away: hide the smallest
      // shown cell that stops it, or else the smallest shown cell of a sum with hidden ones.
      const shown = relations
        .filter((r) => r.members.some((key) => hidden.has(key)))
        .flatMap((r) => r.members.filter((key) => !hidden.has(key)));
      const candidates = [...new Set(shown)].sort(bySize);
      next = candidates.find((key) => !stillDisclosed(key)) ?? candidates[0];
    }
    if (next === undefined) return hidden;
    hidden.add(next);
  }
}

/**
 * The homogeneous system of the sums over the hidden cells, reduced: each unknown's signature is
 * its column in a basis of the solutions (the null space). A set of hidden cells has a combined
 * count that follows from the sums exactly when its signatures add up to zero.
 */
function signatures(relations: readonly Relation[], hidden: ReadonlySet<string>) {
  const unknowns = [...hidden].sort();
  const { rows, pivotOf, rank } = reduced(relations, unknowns);
  const pivotRow = new Map(pivotOf.slice(0, rank).map((c, r) => [c, r]));
  const free = unknowns.map((_, c) => c).filter((c) => !pivotRow.has(c));
  const signature = new Map<string, number[]>();
  unknowns.forEach((key, c) => {
    const r = pivotRow.get(c);
    signature.set(
      key,
      free.map((f) => (r === undefined ? (f === c ? 1 : 0) : -((rows[r] as number[])[f] ?? 0))),
    );
  });
  return signature;
}

const epsilon = 1e-9;
const isZero = (vector: readonly number[]) => vector.every((v) => Math.abs(v) < epsilon);

/** Whether the combined count of `set` (hidden cells) follows from the sums. */
function derivable(
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
  set: readonly string[],
): boolean {
  const signature = signatures(relations, hidden);
  const sum = new Array<number>(signature.get(set[0] as string)?.length ?? 0).fill(0);
  for (const key of set) {
    const s = signature.get(key);
    if (!s) return false;
    for (let i = 0; i < s.length; i++) sum[i] = (sum[i] as number) + (s[i] as number);
  }
  return isZero(sum);
}

/**
 * The first (in a fixed order) hidden cell whose count follows from the sums, or else set of
 * hidden cells whose combined count follows from them and is below five: null when there is none.
 * Every hidden cell has at least one respondent, so such a set has at most four cells, all small.
 */
function disclosedSet(
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
  sizeOf: (key: string) => number,
): string[] | null {
  const signature = signatures(relations, hidden);
  const keys = [...hidden].sort();
  const single = keys.find((key) => isZero(signature.get(key) as number[]));
  if (single !== undefined) return [single];
  const small = keys.filter((key) => sizeOf(key) > 0 && sizeOf(key) < minimumCellSize);
  const width = signature.get(keys[0] as string)?.length ?? 0;
  const search = (from: number, chosen: string[], n: number, sum: number[]): string[] | null => {
    for (let i = from; i < small.length; i++) {
      const key = small[i] as string;
      const total = n + sizeOf(key);
      if (total >= minimumCellSize) continue;
      const s = signature.get(key) as number[];
      const next = sum.map((v, k) => v + (s[k] as number));
      const set = [...chosen, key];
      if (set.length > 1 && isZero(next)) return set;
      const found = search(i + 1, set, total, next);
      if (found) return found;
    }
    return null;
  };
  return search(0, [], 0, new Array<number>(width).fill(0));
}

/** The sums' rows over the unknowns given, in reduced row echelon form. */
function reduced(relations: readonly Relation[], unknowns: readonly string[]) {
  const column = new Map(unknowns.map((key, index) => [key, index]));
  const rows: number[][] = [];
  for (const relation of relations) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    const at = (key: string, sign: number) => {
      const index = column.get(key);
      if (index === undefined) return;
      row[index] = (row[index] ?? 0) + sign;
      any = true;
    };
    at(relation.total, 1);
    for (const part of relation.parts) at(part, -1);
    if (any) rows.push(row);
  }
  const pivotOf: number[] = [];
  let rank = 0;
  for (let c = 0; c < unknowns.length && rank < rows.length; c++) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r++) {
      if (Math.abs(rows[r]?.[c] ?? 0) > Math.abs(rows[best]?.[c] ?? 0)) best = r;
    }
    const pivotRow = rows[best] as number[];
    if (Math.abs(pivotRow[c] ?? 0) < epsilon) continue;
    [rows[rank], rows[best]] = [pivotRow, rows[rank] as number[]];
    const p = rows[rank] as number[];
    const scale = p[c] as number;
    for (let k = 0; k < p.length; k++) p[k] = (p[k] as number) / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r] as number[];
      const factor = row[c] as number;
      if (Math.abs(factor) < epsilon) continue;
      for (let k = 0; k < row.length; k++) row[k] = (row[k] as number) - factor * (p[k] as number);
    }
    pivotOf[rank] = c;
    rank++;
  }
  return { rows, pivotOf, rank };
}

/**
 * The hidden cells whose count follows from the sums and the shown cells by adding and
 * subtracting (the hidden cells are the unknowns of the linear system the sums make): a hidden
 * cell is determined when every solution of the homogeneous system has it zero.
 */
export function determinedCells(
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
): Set<string> {
  const signature = signatures(relations, hidden);
  return new Set([...signature].filter(([, s]) => isZero(s)).map(([key]) => key));
}
