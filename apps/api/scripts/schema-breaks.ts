import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

/**
 * The schema break check: compares the committed contract (schema.graphql) with the schema of the
 * last release (the newest file in schema-releases/) and fails on every breaking change that the
 * changelog does not name. A change is written when a bullet under `## Unreleased` in CHANGELOG.md
 * holds its path in backticks, for example "- `Query.findings`: removed; use `findingsConnection`.".
 */

export interface SchemaBreak {
  /** Where the change is, e.g. `Query.findings` or `Municipality.id`. */
  path: string;
  /** What changed, in graphql-inspector's words. */
  message: string;
  /** The changelog names it under `## Unreleased`. */
  written: boolean;
}

/** The lines of the changelog's `## Unreleased` section (up to the next `## ` heading). */
export function unreleasedSection(changelog: string): string[] {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+Unreleased\s*$/i.test(line));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The paths named in backticks on the bullets of the `## Unreleased` section. */
export function writtenPaths(changelog: string): Set<string> {
  const paths = new Set<string>();
  for (const line of unreleasedSection(changelog)) {
    if (!/^\s*[-*]\s/.test(line)) continue;
    for (const match of line.matchAll(/`([^`]+)`/g)) paths.add(match[1] as string);
  }
  return paths;
}

/** The breaking changes from the released schema to the current one, each marked written or not. */
export async function schemaBreaks(
  releasedSdl: string,
  currentSdl: string,
  changelog: string,
): Promise<SchemaBreak[]> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const written = writtenPaths(changelog);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => {
      const path = change.path ?? change.message;
      return { path, message: change.message, written: written.has(path) };
    });
}

/** The newest frozen schema in schema-releases/ (files are named by their release date). */
export function lastReleaseFile(releasesDir: string): string {
  const files = readdirSync(releasesDir)
    .filter((name) => name.endsWith(".graphql"))
    .sort();
  const last = files.at(-1);
  if (!last) throw new Error(`no released schema in ${releasesDir}`);
  return `${releasesDir}/${last}`;
}

async function main(): Promise<number> {
  const apiDir = fileURLToPath(new URL("..", import.meta.url));
  const released = lastReleaseFile(`${apiDir}schema-releases`);
  const breaks = await schemaBreaks(
    readFileSync(released, "utf8"),
    readFileSync(`${apiDir}schema.graphql`, "utf8"),
    readFileSync(`${apiDir}CHANGELOG.md`, "utf8"),
  );
  console.log(`schema.graphql against ${released.slice(apiDir.length)}:`);
  if (breaks.length === 0) console.log("no breaking changes");
  for (const change of breaks) {
    const mark = change.written ? "written" : "NOT WRITTEN";
    console.log(`${mark.padEnd(11)}  ${change.path}: ${change.message}`);
  }
  const unwritten = breaks.filter((change) => !change.written);
  if (unwritten.length > 0) {
    console.log(
      `${unwritten.length} breaking change(s) not in CHANGELOG.md: add a bullet naming each path in backticks under "## Unreleased".`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
