import { describe, expect, it } from "vitest";
import { schemaBreaks, writtenPaths } from "../scripts/schema-breaks";

const released = /* GraphQL */ `
  type Query {
    "Every municipality."
    municipalities: [Municipality!]!
    "One municipality by its code."
    municipality(code: String!): Municipality
  }
  type Municipality {
    code: String!
    name: String!
  }
`;

const changelog = (bullets: string) =>
  `# Changelog\n\n## Unreleased\n\n${bullets}\n\n## 2026-11-30\n\n- \`Municipality.name\`: an old entry.\n`;

describe("the schema break check", () => {
  it("fails on a breaking change the changelog does not write", async () => {
    const current = released.replace("    name: String!\n", "");
    const breaks = await schemaBreaks(released, current, changelog(""));
    expect(breaks).toEqual([
      expect.objectContaining({ path: "Municipality.name", written: false }),
    ]);
  });

  it("passes a breaking change written under Unreleased, not under an older release", async () => {
    const current = released.replace("    name: String!\n", "");
    const written = await schemaBreaks(
      released,
      current,
      changelog("- `Municipality.name`: removed; read `Municipality.displayName`."),
    );
    expect(written).toEqual([
      expect.objectContaining({ path: "Municipality.name", written: true }),
    ]);
  });

  it("counts a deprecation and a new field as no break", async () => {
    const current = released
      .replace(
        "municipality(code: String!): Municipality",
        'municipality(code: String!): Municipality @deprecated(reason: "Use node.")',
      )
      .replace("    name: String!\n", "    name: String!\n    population: Int\n");
    expect(await schemaBreaks(released, current, changelog(""))).toEqual([]);
  });

  it("finds a new required argument and a changed type", async () => {
    const current = released
      .replace(
        "municipalities: [Municipality!]!",
        "municipalities(countyCode: String!): [Municipality!]!",
      )
      .replace("    code: String!", "    code: Int!");
    const paths = (await schemaBreaks(released, current, changelog(""))).map((b) => b.path);
    expect(paths).toEqual(
      expect.arrayContaining(["Query.municipalities.countyCode", "Municipality.code"]),
    );
  });

  it("reads only bulleted paths in backticks under Unreleased", () => {
    const paths = writtenPaths(
      changelog(
        "- `Query.findings`: capped at 100.\nA sentence naming `Query.themes` is no entry.",
      ),
    );
    expect([...paths]).toEqual(["Query.findings"]);
  });
});
