import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellKey,
  type DisclosureCell,
  minimumCellSize,
  type SurveyGrouping,
  suppressedCells,
} from "../src/disclosure";
import { type PublishedCell, recoverSuppressed, smallDerivableGroups } from "./disclosure-attack";

const roles = ["socialsekreterare", "arbetsledare", "chef", "other"];

/** Respondents counted by (group, county, role): the cells of every grouping follow from them. */
interface Microcell {
  group: string;
  county: string;
  role: string;
  n: number;
}

function cellsOf(micro: readonly Microcell[]): DisclosureCell[] {
  const counts = new Map<string, DisclosureCell>();
  const add = (grouping: SurveyGrouping, key1: string, key2: string, n: number) => {
    const key = cellKey({ grouping, key1, key2 });
    const cell = counts.get(key) ?? { grouping, key1, key2, n: 0 };
    cell.n += n;
    counts.set(key, cell);
  };
  for (const m of micro) {
    if (m.n === 0) continue;
    add("total", "", "", m.n);
    add("group", m.group, "", m.n);
    add("county", m.county, "", m.n);
    add("role", m.role, "", m.n);
    add("group_role", m.group, m.role, m.n);
    add("county_role", m.county, m.role, m.n);
  }
  return [...counts.values()];
}

/** Some groups, counties and roles, many cells small (0–6), some large. */
const microcells = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([groups, counties]) =>
    fc.array(
      fc.record({
        group: fc.integer({ min: 1, max: groups }).map((g) => `G${g}`),
        county: fc.integer({ min: 1, max: counties }).map((c) => `C${c}`),
        role: fc.constantFrom(...roles),
        n: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 5, max: 200 })),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  );

const published = (cells: DisclosureCell[], hidden: Set<string>): PublishedCell[] =>
  cells.map((c) => ({ ...c, n: hidden.has(cellKey(c)) ? null : c.n }));

describe("suppression of small cells", () => {
  it("hides every cell with fewer than five respondents, and shows cells of five", () => {
    fc.assert(
      fc.property(microcells, (micro) => {
        const cells = cellsOf(micro);
        const hidden = suppressedCells(cells);
        for (const cell of cells) {
          if (cell.n < minimumCellSize) expect(hidden.has(cellKey(cell))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves no hidden count that adding and subtracting the shown cells and totals recovers", () => {
    fc.assert(
      fc.property(microcells, (micro) => {
        const cells = cellsOf(micro);
        const answer = published(cells, suppressedCells(cells));
        const recovered = recoverSuppressed(answer);
        expect([...recovered.keys()], "cells worked out from the totals").toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves no set of hidden cells whose combined count follows from the sums with fewer than five", () => {
    fc.assert(
      fc.property(microcells, (micro) => {
        const cells = cellsOf(micro);
        const answer = published(cells, suppressedCells(cells));
        expect(smallDerivableGroups(answer), "small groups worked out from the totals").toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("hides more parts of a shown total whose hidden parts hold fewer than five together", () => {
    // The county of the audit: 43 respondents, roles 32, 8, 2 and 1. Hiding the 2 and the 1
    // alone would tell that they are 3 together, and their mean with the other means.
    const micro = [
      { group: "G1", county: "C22", role: "socialsekreterare", n: 32 },
      { group: "G1", county: "C22", role: "arbetsledare", n: 8 },
      { group: "G1", county: "C22", role: "chef", n: 2 },
      { group: "G1", county: "C22", role: "other", n: 1 },
    ];
    const cells = cellsOf(micro);
    const primaryOnly = new Set(cells.filter((c) => c.n < minimumCellSize).map(cellKey));
    const small = smallDerivableGroups(published(cells, primaryOnly));
    expect(small).toContainEqual({
      cells: ["county_role|C22|chef", "county_role|C22|other"],
      n: 3,
    });

    const hidden = suppressedCells(cells);
    expect(smallDerivableGroups(published(cells, hidden))).toEqual([]);
    expect(recoverSuppressed(published(cells, hidden)).size).toBe(0);
    // The smallest shown role joins the hidden ones; the county's total stays shown.
    expect(hidden.has("county_role|C22|arbetsledare")).toBe(true);
    expect(hidden.has("role|arbetsledare|")).toBe(true);
    expect(hidden.has("county_role|C22|socialsekreterare")).toBe(false);
    expect(hidden.has("county|C22|")).toBe(false);
    expect(hidden.has("total||")).toBe(false);
  });

  it("is needed: primary suppression alone gives cells away, which the attacker finds", () => {
    // Two groups, one with 3 respondents: the total minus the other group tells the 3.
    const cells = cellsOf([
      { group: "G1", county: "C1", role: "chef", n: 3 },
      { group: "G2", county: "C1", role: "chef", n: 40 },
    ]);
    const primaryOnly = new Set(cells.filter((c) => c.n < minimumCellSize).map(cellKey));
    const recovered = recoverSuppressed(published(cells, primaryOnly));
    expect(recovered.get("group|G1|")).toBe(3);
    expect(recoverSuppressed(published(cells, suppressedCells(cells))).size).toBe(0);
  });

  it("hides a second part of a sum with one small part: the smallest other one", () => {
    const cells = cellsOf([
      { group: "G1", county: "C1", role: "chef", n: 2 },
      { group: "G1", county: "C1", role: "socialsekreterare", n: 50 },
      { group: "G1", county: "C1", role: "arbetsledare", n: 9 },
      { group: "G1", county: "C1", role: "other", n: 12 },
    ]);
    const hidden = suppressedCells(cells);
    expect(hidden.has("role|chef|")).toBe(true);
    expect(hidden.has("role|arbetsledare|")).toBe(true);
    expect(hidden.has("role|other|")).toBe(false);
    expect(hidden.has("role|socialsekreterare|")).toBe(false);
    expect(hidden.has("total||")).toBe(false);
  });
});
