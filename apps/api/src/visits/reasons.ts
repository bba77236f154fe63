import type { PickReason } from "@kraftsamling/domain";

/** A Swedish ordinal as written with digits: 1:a, 2:a, 3:e … 11:e, 12:e … 21:a, 22:a. */
export function swedishOrdinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  const suffix = (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? "a" : "e";
  return `${n}:${suffix}`;
}

/** Why a municipality was picked, in one Swedish phrase for the coordinator's list. */
export function pickReasonSentence(pick: {
  reason: PickReason | { kind: PickReason["kind"] };
  countyName: string;
  groupCode: string;
  seat: number;
}): string {
  switch (pick.reason.kind) {
    case "LOCKED_IN":
      return "låst av samordnaren";
    case "ONLY_IN_COUNTY":
      return `enda kommunen i ${pick.countyName}`;
    case "COVERS_COUNTY":
      return `täcker ${pick.countyName}`;
    case "GROUP_SEAT":
      return `grupp ${pick.groupCode}:s ${swedishOrdinal(pick.seat)} plats`;
  }
}
