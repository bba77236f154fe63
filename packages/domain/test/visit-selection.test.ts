import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Pick,
  type SelectionMunicipality,
  type SelectionRequest,
  type SelectionResult,
  selectMunicipalities,
} from "../src/visit-selection";

/** The 290 municipalities with their counties and SKR groups, as the database's reference data. */
const municipalities: SelectionMunicipality[] = readFileSync(
  new URL("../../db/reference-data/kommuner.csv", import.meta.url),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [code, name, countyCode, countyName, groupCode] = line.split(",");
    return {
      code: code ?? "",
      name: name ?? "",
      countyCode: countyCode ?? "",
      countyName: countyName ?? "",
      groupCode: groupCode ?? "",
    };
  });
const byCode = new Map(municipalities.map((m) => [m.code, m]));
const counties = new Set(municipalities.map((m) => m.countyCode));
const groups = new Set(municipalities.map((m) => m.groupCode));
const countOf = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};
const groupSize = countOf(municipalities.map((m) => m.groupCode));

function selected(result: SelectionResult) {
  if (!result.ok) throw new Error(result.message);
  return result.selection;
}

/** Every promise a selection makes, checked from the picks alone. */
function expectKeepsEveryConstraint(request: SelectionRequest, picks: Pick[]) {
  const codes = picks.map((p) => p.code);
  expect(new Set(codes).size).toBe(request.size);
  for (const code of codes) expect(byCode.has(code)).toBe(true);
  expect(new Set(picks.map((p) => p.countyCode))).toEqual(counties);
  expect(new Set(picks.map((p) => p.groupCode))).toEqual(groups);
  for (const code of request.lockedIn ?? []) expect(codes).toContain(code);
  for (const code of request.lockedOut ?? []) expect(codes).not.toContain(code);
  for (const p of picks) {
    expect(p.reason.kind === "LOCKED_IN").toBe((request.lockedIn ?? []).includes(p.code));
    if (p.reason.kind === "ONLY_IN_COUNTY") {
      expect(municipalities.filter((m) => m.countyCode === p.countyCode)).toHaveLength(1);
    }
  }
}

const sizes = fc.integer({ min: 21, max: 290 });
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const codes = fc.constantFrom(...municipalities.map((m) => m.code));

describe("choosing the municipalities to visit", () => {
  it("picks 50 that cover every county and group, each with why", () => {
    const { picks, groups: seats } = selected(
      selectMunicipalities({ municipalities, size: 50, seed: 2015 }),
    );
    expectKeepsEveryConstraint({ municipalities, size: 50, seed: 2015 }, picks);
    const gotland = picks.find((p) => p.countyName === "Gotlands län");
    expect(gotland).toMatchObject({ name: "Gotland", reason: { kind: "ONLY_IN_COUNTY" } });
    // One seat each for the nine groups, the other 41 by share of the 290, by largest remainder:
    // C9 (2.97), C8 (4.95), B4 (8.91), C6 (3.82) and A1 (0.42) get one more.
    expect(Object.fromEntries(seats.map((g) => [g.groupCode, g.seats]))).toEqual({
      A1: 2,
      A2: 7,
      B3: 4,
      B4: 10,
      B5: 4,
      C6: 5,
      C7: 8,
      C8: 6,
      C9: 4,
    });
    expect(seats.reduce((sum, g) => sum + g.seats, 0)).toBe(50);
  });

  it("keeps every constraint for any size and seed", () => {
    fc.assert(
      fc.property(sizes, seeds, (size, seed) => {
        const request = { municipalities, size, seed };
        const selection = selected(selectMunicipalities(request));
        expectKeepsEveryConstraint(request, selection.picks);
        const perGroup = countOf(selection.picks.map((p) => p.groupCode));
        for (const g of selection.groups) expect(perGroup.get(g.groupCode)).toBe(g.seats);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("gives the seats beyond one per group by largest remainder of the groups' shares", () => {
    fc.assert(
      fc.property(sizes, (size) => {
        const { groups: seats } = selected(selectMunicipalities({ municipalities, size, seed: 1 }));
        const rest = size - groups.size;
        for (const g of seats) {
          const quota = (rest * (groupSize.get(g.groupCode) ?? 0)) / municipalities.length;
          expect(g.quota).toBeCloseTo(quota, 9);
          expect(g.seats).toBeGreaterThanOrEqual(1);
          expect(g.seats).toBeLessThanOrEqual(groupSize.get(g.groupCode) ?? 0);
        }
        // No seat could move from one group to another that is not full and bring both closer
        // to their quotas: what largest remainder guarantees.
        for (const to of seats) {
          if (to.seats >= (groupSize.get(to.groupCode) ?? 0)) continue;
          for (const from of seats) {
            if (from === to || from.seats <= 1) continue;
            const short = 1 + to.quota - to.seats;
            const shortAfterMove = 1 + from.quota - (from.seats - 1);
            expect(short).toBeLessThanOrEqual(shortAfterMove + 1e-9);
          }
        }
        // Without a full group, each group has its quota rounded down or up.
        if (seats.every((g) => g.seats < (groupSize.get(g.groupCode) ?? 0))) {
          for (const g of seats) {
            expect(Math.abs(g.seats - 1 - g.quota)).toBeLessThan(1);
          }
        }
      }),
      { numRuns: 270 },
    );
  });

  it("spreads each group's seats across the counties with the fewest picks", () => {
    fc.assert(
      fc.property(sizes, seeds, (size, seed) => {
        const { picks } = selected(selectMunicipalities({ municipalities, size, seed }));
        const countyCount = new Map<string, number>();
        const taken = new Set<string>();
        for (const p of picks) {
          if (p.reason.kind === "GROUP_SEAT") {
            const open = municipalities.filter(
              (m) => m.groupCode === p.groupCode && !taken.has(m.code),
            );
            const fewest = Math.min(...open.map((m) => countyCount.get(m.countyCode) ?? 0));
            expect(countyCount.get(p.countyCode) ?? 0).toBe(fewest);
          }
          taken.add(p.code);
          countyCount.set(p.countyCode, (countyCount.get(p.countyCode) ?? 0) + 1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same selection for the same seed, whatever the order of the list", () => {
    fc.assert(
      fc.property(sizes, seeds, (size, seed) => {
        const first = selectMunicipalities({ municipalities, size, seed });
        const reversed = selectMunicipalities({
          municipalities: [...municipalities].reverse(),
          size,
          seed,
        });
        expect(reversed).toEqual(first);
      }),
      { numRuns: 50 },
    );
    const a = selected(selectMunicipalities({ municipalities, size: 50, seed: 1 }));
    const b = selected(selectMunicipalities({ municipalities, size: 50, seed: 2 }));
    expect(a.picks.map((p) => p.code)).not.toEqual(b.picks.map((p) => p.code));
  });

  it("keeps locked-in municipalities and leaves locked-out ones, or names a true conflict", () => {
    fc.assert(
      fc.property(
        sizes,
        seeds,
        fc.uniqueArray(codes, { maxLength: 30 }),
        fc.uniqueArray(codes, { maxLength: 120 }),
        (size, seed, lockedIn, outCandidates) => {
          const lockedOut = outCandidates.filter((c) => !lockedIn.includes(c));
          const request = { municipalities, size, seed, lockedIn, lockedOut };
          const result = selectMunicipalities(request);
          if (result.ok) {
            expectKeepsEveryConstraint(request, result.selection.picks);
            return;
          }
          // A refusal is only ever for a conflict that is really there.
          const c = result.conflict;
          const inCounty = (name: string) =>
            municipalities.filter((m) => m.countyName === name).map((m) => m.code);
          switch (c.code) {
            case "TOO_MANY_LOCKED_IN":
              expect(lockedIn.length).toBeGreaterThan(size);
              break;
            case "NOT_ENOUGH_LEFT":
              expect(municipalities.length - lockedOut.length).toBeLessThan(size);
              break;
            case "COUNTY_ALL_LOCKED_OUT":
              for (const code of inCounty(c.county)) expect(lockedOut).toContain(code);
              break;
            case "GROUP_ALL_LOCKED_OUT":
              for (const m of municipalities.filter((x) => x.groupCode === c.group)) {
                expect(lockedOut).toContain(m.code);
              }
              break;
            case "GROUP_OVER_LOCKED":
              expect(
                lockedIn.filter((code) => byCode.get(code)?.groupCode === c.group),
              ).toHaveLength(c.lockedIn);
              expect(c.lockedIn).toBeGreaterThan(c.seats);
              break;
            case "COUNTY_UNREACHABLE":
              expect(inCounty(c.county).some((code) => lockedIn.includes(code))).toBe(false);
              break;
            default:
              throw new Error(`unexpected conflict ${c.code}: ${result.message}`);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("names each conflict that cannot be met", () => {
    const conflict = (request: Partial<SelectionRequest>) => {
      const result = selectMunicipalities({ municipalities, size: 50, seed: 1, ...request });
      if (result.ok) throw new Error("expected a conflict");
      return result.message;
    };
    expect(conflict({ size: 20 })).toBe(
      "20 municipalities cannot cover all 21 counties and 9 municipality groups: pick at least 21.",
    );
    const stockholmCounty = municipalities.filter((m) => m.countyCode === "01").map((m) => m.code);
    expect(conflict({ lockedOut: stockholmCounty })).toBe(
      "Every municipality of Stockholms län is locked out, so the county cannot have one.",
    );
    expect(conflict({ lockedOut: ["0180", "1480", "1280"] })).toBe(
      "Every municipality of group A1 is locked out, so the group cannot have one.",
    );
    // At 50, A1's share of the 41 seats beyond one per group is 0.42: the fifth largest remainder.
    expect(conflict({ lockedIn: ["0180", "1480", "1280"] })).toBe(
      "Group A1 has 2 seats, but 3 of its municipalities are locked in.",
    );
    expect(conflict({ size: 30, lockedIn: ["0180", "1480"] })).toBe(
      "Group A1 has 1 seat, but 2 of its municipalities are locked in.",
    );
    expect(conflict({ size: 21, lockedIn: municipalities.slice(0, 22).map((m) => m.code) })).toBe(
      "22 municipalities are locked in, more than the 21 to pick.",
    );
    expect(conflict({ lockedIn: ["0180"], lockedOut: ["0180"] })).toBe(
      "Municipality Stockholm (0180) is locked both in and out.",
    );
    expect(conflict({ lockedIn: ["9999"] })).toBe("There is no municipality with the code 9999.");
    expect(conflict({ size: 280, lockedOut: municipalities.slice(0, 11).map((m) => m.code) })).toBe(
      "Only 279 municipalities are not locked out, fewer than the 280 to pick.",
    );
  });
});
