import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./index";

/** The committed contract: printed from the builder; CI fails when it differs. */
export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

export function printedSchema(): string {
  // The builder sorts the schema (toSchema({ sortSchema: true })).
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${schemaFile}`);
}
