import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { pointsForCost } from "../src/rate-limits/budgets";
import { schema } from "../src/schema";
import { costOptions, operationCost } from "../src/shared/query-cost";

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const operation = parse(source).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error("no operation");
  return operationCost(schema, operation, {}, costOptions, variables);
}

/** A cell with its theme and group: the cell and its two objects. */
const cells = "cells { count theme { slug } group { code } }";

describe("the national picture's cost", () => {
  it("counts as many cells as its dimensions' combinations, each with one for none", () => {
    // 30 themes and none, 9 groups and none: the picture (1) and 310 cells of 3 objects.
    expect(cost(`{ findingCounts(groupBy: [THEME, GROUP]) { total ${cells} } }`)).toBe(
      1 + 31 * 10 * 3,
    );
    expect(cost(`{ findingCounts(groupBy: [KIND]) { total cells { count kind } } }`)).toBe(1 + 2);
  });

  it("reads the dimensions from a variable as from the document", () => {
    const query = `query ($by: [FindingDimension!]!) { findingCounts(groupBy: $by) { ${cells} } }`;
    expect(cost(query, { by: ["THEME", "GROUP"] })).toBe(1 + 31 * 10 * 3);
    expect(cost(query, { by: ["PHASE"] })).toBe(1 + 6 * 3);
  });

  it("never counts more cells than the list's bound, however many dimensions", () => {
    const all = "[THEME, GROUP, COUNTY, PHASE, KIND, SOURCE, ROUND]";
    expect(cost(`{ findingCounts(groupBy: ${all}) { ${cells} } }`)).toBe(1 + 1000 * 3);
  });

  it("counts the comparison of the rounds the same way", () => {
    expect(cost(`{ findingRoundChange(groupBy: [COUNTY]) { cells { county { code } } } }`)).toBe(
      1 + 22 * 2,
    );
  });

  it("leaves an anonymous caller most of a minute's budget after the picture by theme and group", () => {
    const points = pointsForCost(
      cost(`{ findingCounts(groupBy: [THEME, GROUP]) { total ${cells} } }`),
    );
    expect(points).toBeLessThanOrEqual(10);
  });
});
