import { loadConfig } from "@kraftsamling/config";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { tempFolder } from "./process";

/**
 * The database variables for a server process: a scratch database on PostgreSQL when DATABASE_URL
 * names one (it starts sooner than a new PGlite folder, which migrates and seeds from nothing), or
 * a PGlite folder.
 */
export async function serverDatabase(): Promise<{
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) return { env: { DATA_DIR: tempFolder() }, drop: async () => {} };
  const scratch = await createScratchDatabase(databaseUrl);
  return { env: { DATABASE_URL: scratch.url }, drop: scratch.drop };
}
