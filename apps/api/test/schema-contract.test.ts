import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, schemaFile } from "../src/schema/print";

describe("schema.graphql", () => {
  it("is the schema the builder prints (run the schema:print script after a change)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printedSchema());
  });
});
