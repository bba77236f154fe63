/**
 * Choosing the municipalities the coordinator visits: N of the 290 so that every county has at
 * least one, every SKR municipality group has at least one and the rest of the seats go to the
 * groups in proportion to their share of all municipalities (largest remainder), spread across
 * the counties within those bounds. Pure and deterministic for a given seed.
 */

export interface SelectionMunicipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  groupCode: string;
}

export interface SelectionRequest {
  municipalities: readonly SelectionMunicipality[];
  /** How many to pick (the mission's plan: 50). */
  size: number;
  /** The same seed and the same request give the same selection. */
  seed: number;
  /** Municipality codes the coordinator keeps in the selection whatever happens. */
  lockedIn?: readonly string[];
  /** Municipality codes the coordinator keeps out. */
  lockedOut?: readonly string[];
}

/** Why a municipality was picked. */
export type PickReason =
  | { kind: "LOCKED_IN" }
  /** The county has this one municipality. */
  | { kind: "ONLY_IN_COUNTY" }
  /** Picked so that its county has one (it had none among the locked-in). */
  | { kind: "COVERS_COUNTY" }
  /** One of its group's seats, in the county with the fewest picks so far. */
  | { kind: "GROUP_SEAT" };

export interface Pick extends SelectionMunicipality {
  reason: PickReason;
  /** Which of its group's seats it takes: 1 for the first. */
  seat: number;
  /** The order in which the picks were made, from 1. */
  order: number;
}

export interface GroupSeats {
  groupCode: string;
  /** Municipalities in the group, of all. */
  municipalities: number;
  /** The group's proportional share of the seats beyond the first, before rounding. */
  quota: number;
  seats: number;
}

export interface Selection {
  size: number;
  seed: number;
  groups: GroupSeats[];
  picks: Pick[];
}

export type SelectionConflict =
  | { code: "SIZE_NOT_WHOLE"; size: number }
  | { code: "UNKNOWN_MUNICIPALITY"; municipality: string }
  | { code: "LOCKED_IN_AND_OUT"; municipality: string }
  | { code: "TOO_FEW_SEATS"; size: number; counties: number; groups: number }
  | { code: "TOO_MANY_LOCKED_IN"; size: number; lockedIn: number }
  | { code: "NOT_ENOUGH_LEFT"; size: number; available: number }
  | { code: "COUNTY_ALL_LOCKED_OUT"; county: string }
  | { code: "GROUP_ALL_LOCKED_OUT"; group: string }
  | { code: "GROUP_OVER_LOCKED"; group: string; lockedIn: number; seats: number }
  | { code: "COUNTY_UNREACHABLE"; county: string };

export type SelectionResult =
  | { ok: true; selection: Selection }
  | { ok: false; conflict: SelectionConflict; message: string };

/** One sentence, in English, that names the conflict. */
export function describeConflict(conflict: SelectionConflict): string {
  switch (conflict.code) {
    case "SIZE_NOT_WHOLE":
      return `The number of municipalities to pick must be a whole number, not ${conflict.size}.`;
    case "UNKNOWN_MUNICIPALITY":
      return `There is no municipality with the code ${conflict.municipality}.`;
    case "LOCKED_IN_AND_OUT":
      return `Municipality ${conflict.municipality} is locked both in and out.`;
    case "TOO_FEW_SEATS":
      return `${conflict.size} municipalities cannot cover all ${conflict.counties} counties and ${conflict.groups} municipality groups: pick at least ${Math.max(conflict.counties, conflict.groups)}.`;
    case "TOO_MANY_LOCKED_IN":
      return `${conflict.lockedIn} municipalities are locked in, more than the ${conflict.size} to pick.`;
    case "NOT_ENOUGH_LEFT":
      return `Only ${conflict.available} municipalities are not locked out, fewer than the ${conflict.size} to pick.`;
    case "COUNTY_ALL_LOCKED_OUT":
      return `Every municipality of ${conflict.county} is locked out, so the county cannot have one.`;
    case "GROUP_ALL_LOCKED_OUT":
      return `Every municipality of group ${conflict.group} is locked out, so the group cannot have one.`;
    case "GROUP_OVER_LOCKED":
      return `Group ${conflict.group} has ${conflict.seats} seat${conflict.seats === 1 ? "" : "s"}, but ${conflict.lockedIn} of its municipalities are locked in.`;
    case "COUNTY_UNREACHABLE":
      return `${conflict.county} cannot have a municipality: the groups of its municipalities that are not locked out have no seat left.`;
  }
}

/** A small, fast generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

const fail = (conflict: SelectionConflict): SelectionResult => ({
  ok: false,
  conflict,
  message: describeConflict(conflict),
});

/**
 * The seats of each group: one each, and the rest in proportion to the group's share of all
 * municipalities, by largest remainder; never more than a group has municipalities left to pick.
 * Each further seat goes to the group furthest below its quota, which is the largest remainder
 * when no group is full.
 */
export function groupSeats(
  sizes: ReadonlyMap<string, number>,
  available: ReadonlyMap<string, number>,
  size: number,
): GroupSeats[] {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const rest = size - sizes.size;
  const groups = [...sizes.keys()].sort().map((groupCode) => {
    const municipalities = sizes.get(groupCode) ?? 0;
    const quota = (rest * municipalities) / total;
    const room = available.get(groupCode) ?? 0;
    return { groupCode, municipalities, quota, seats: Math.min(room, 1 + Math.floor(quota)), room };
  });
  let given = groups.reduce((sum, g) => sum + g.seats, 0);
  while (given < size) {
    const next = groups
      .filter((g) => g.seats < g.room)
      .sort(
        (a, b) =>
          1 + b.quota - b.seats - (1 + a.quota - a.seats) ||
          b.municipalities - a.municipalities ||
          a.groupCode.localeCompare(b.groupCode),
      )[0];
    if (!next) break;
    next.seats++;
    given++;
  }
  return groups.map(({ room: _room, ...g }) => g);
}

/** Picks the municipalities to visit, or names the constraint that cannot be met. */
export function selectMunicipalities(request: SelectionRequest): SelectionResult {
  const { size, seed } = request;
  if (!Number.isInteger(size) || size < 0) return fail({ code: "SIZE_NOT_WHOLE", size });
  const all = [...request.municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(all.map((m) => [m.code, m]));
  const lockedIn = new Set(request.lockedIn ?? []);
  const lockedOut = new Set(request.lockedOut ?? []);
  for (const code of [...lockedIn, ...lockedOut]) {
    if (!byCode.has(code)) return fail({ code: "UNKNOWN_MUNICIPALITY", municipality: code });
  }
  for (const code of lockedIn) {
    if (lockedOut.has(code)) {
      const m = byCode.get(code);
      return fail({ code: "LOCKED_IN_AND_OUT", municipality: m ? `${m.name} (${code})` : code });
    }
  }

  const counties = [...new Set(all.map((m) => m.countyCode))].sort();
  const countyName = new Map(all.map((m) => [m.countyCode, m.countyName]));
  const groupSizes = new Map<string, number>();
  const groupAvailable = new Map<string, number>();
  for (const m of all) {
    groupSizes.set(m.groupCode, (groupSizes.get(m.groupCode) ?? 0) + 1);
    if (!lockedOut.has(m.code)) {
      groupAvailable.set(m.groupCode, (groupAvailable.get(m.groupCode) ?? 0) + 1);
    }
  }

  if (size < Math.max(counties.length, groupSizes.size)) {
    return fail({
      code: "TOO_FEW_SEATS",
      size,
      counties: counties.length,
      groups: groupSizes.size,
    });
  }
  if (lockedIn.size > size) {
    return fail({ code: "TOO_MANY_LOCKED_IN", size, lockedIn: lockedIn.size });
  }
  for (const county of counties) {
    if (all.every((m) => m.countyCode !== county || lockedOut.has(m.code))) {
      return fail({ code: "COUNTY_ALL_LOCKED_OUT", county: countyName.get(county) ?? county });
    }
  }
  for (const group of [...groupSizes.keys()].sort()) {
    if (!groupAvailable.get(group)) return fail({ code: "GROUP_ALL_LOCKED_OUT", group });
  }
  const available = all.length - lockedOut.size;
  if (available < size) return fail({ code: "NOT_ENOUGH_LEFT", size, available });

  const groups = groupSeats(groupSizes, groupAvailable, size);
  const seatsLeft = new Map(groups.map((g) => [g.groupCode, g.seats]));
  for (const code of lockedIn) {
    const group = byCode.get(code)?.groupCode ?? "";
    seatsLeft.set(group, (seatsLeft.get(group) ?? 0) - 1);
  }
  for (const g of groups) {
    const locked = g.seats - (seatsLeft.get(g.groupCode) ?? 0);
    if (locked > g.seats) {
      return fail({
        code: "GROUP_OVER_LOCKED",
        group: g.groupCode,
        lockedIn: locked,
        seats: g.seats,
      });
    }
  }

  const random = seededRandom(seed);
  const picks: Pick[] = [];
  const picked = new Set<string>();
  const countyCount = new Map(counties.map((c) => [c, 0]));
  const groupCount = new Map(groups.map((g) => [g.groupCode, 0]));
  const take = (m: SelectionMunicipality, reason: PickReason) => {
    const seat = (groupCount.get(m.groupCode) ?? 0) + 1;
    groupCount.set(m.groupCode, seat);
    countyCount.set(m.countyCode, (countyCount.get(m.countyCode) ?? 0) + 1);
    picked.add(m.code);
    picks.push({ ...m, reason, seat, order: picks.length + 1 });
  };
  for (const code of [...lockedIn].sort()) {
    const m = byCode.get(code);
    if (m) take(m, { kind: "LOCKED_IN" });
  }
  const open = (m: SelectionMunicipality) => !picked.has(m.code) && !lockedOut.has(m.code);

  // Every county without a locked-in municipality gets one, through a seat of a group that has a
  // municipality there: a matching of counties to the groups' seats left (augmenting paths).
  const uncovered = shuffled(
    counties.filter((c) => countyCount.get(c) === 0),
    random,
  );
  const groupsIn = new Map(
    uncovered.map((county) => [
      county,
      shuffled(
        [...new Set(all.filter((m) => m.countyCode === county && open(m)).map((m) => m.groupCode))],
        random,
      ),
    ]),
  );
  const coveredBy = new Map<string, string>(); // county → group
  const holders = new Map<string, string[]>(); // group → counties covered through it
  const assign = (county: string, seen: Set<string>): boolean => {
    for (const group of groupsIn.get(county) ?? []) {
      if (seen.has(group)) continue;
      seen.add(group);
      const held = holders.get(group) ?? [];
      if (held.length < (seatsLeft.get(group) ?? 0)) {
        holders.set(group, [...held, county]);
        coveredBy.set(county, group);
        return true;
      }
      for (const other of held) {
        if (assign(other, seen)) {
          holders.set(group, [...(holders.get(group) ?? []).filter((c) => c !== other), county]);
          coveredBy.set(county, group);
          return true;
        }
      }
    }
    return false;
  };
  for (const county of uncovered) {
    if (!assign(county, new Set())) {
      return fail({ code: "COUNTY_UNREACHABLE", county: countyName.get(county) ?? county });
    }
  }
  for (const county of [...uncovered].sort()) {
    const group = coveredBy.get(county) ?? "";
    const choices = all.filter((m) => m.countyCode === county && m.groupCode === group && open(m));
    const m = choices[Math.floor(random() * choices.length)] as SelectionMunicipality;
    const only = all.filter((x) => x.countyCode === county).length === 1;
    take(m, { kind: only ? "ONLY_IN_COUNTY" : "COVERS_COUNTY" });
    seatsLeft.set(group, (seatsLeft.get(group) ?? 0) - 1);
  }

  // The remaining seats, a round at a time over the groups, each to the county with the fewest
  // picks so far among those where the group has a municipality left; ties by the seed.
  const order = shuffled(
    groups.map((g) => g.groupCode),
    random,
  );
  while (order.some((g) => (seatsLeft.get(g) ?? 0) > 0)) {
    for (const group of order) {
      if ((seatsLeft.get(group) ?? 0) <= 0) continue;
      const choices = all.filter((m) => m.groupCode === group && open(m));
      if (choices.length === 0)
        throw new Error(`group ${group} has a seat but no municipality left`);
      const fewest = Math.min(...choices.map((m) => countyCount.get(m.countyCode) ?? 0));
      const best = choices.filter((m) => (countyCount.get(m.countyCode) ?? 0) === fewest);
      take(best[Math.floor(random() * best.length)] as SelectionMunicipality, {
        kind: "GROUP_SEAT",
      });
      seatsLeft.set(group, (seatsLeft.get(group) ?? 0) - 1);
    }
  }

  return { ok: true, selection: { size, seed, groups, picks } };
}
