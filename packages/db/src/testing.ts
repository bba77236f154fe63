import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { loadConfig } from "@kraftsamling/config";
import pg from "pg";
import {
  type Database,
  migrationsFolder,
  openPglite,
  openPostgres,
  type QueryLogger,
} from "./client";
import { seed } from "./seed";

/**
 * The demo seed a test database starts with: reference data, content, the demo people with a
 * password, and the upcoming demo meetings dated from `today`.
 */
export interface TestSeed {
  /** The day the upcoming demo meetings are counted from (its UTC date is all that counts). */
  today?: Date;
  /** The password every demo person signs in with. */
  demoPassword: string;
  /** How the API hashes a password, so that signing in with `demoPassword` works. */
  hashPassword(password: string): Promise<string>;
}

/**
 * A fresh, migrated database for one test file, seeded when `seed` is given: on PostgreSQL when
 * DATABASE_URL is set (a new database on that server, dropped on close), otherwise a PGlite. Both
 * are copies of a template migrated and seeded once for these migrations, schema, seed, seed
 * options and day: a template database on the server, or a PGlite data folder kept as a tarball in
 * the system's temporary folder.
 */
export async function freshDatabase(
  options: { logQuery?: QueryLogger; seed?: TestSeed } = {},
): Promise<Database> {
  const { databaseUrl } = loadConfig();
  return databaseUrl
    ? freshPostgres(databaseUrl, options.seed, options.logQuery)
    : freshPglite(options.seed, options.logQuery);
}

/** Whether the tests run against a PostgreSQL server rather than PGlite. */
export function testsUsePostgres(): boolean {
  return loadConfig().databaseUrl !== undefined;
}

const sourceFolder = fileURLToPath(new URL(".", import.meta.url));
const templateInputs = [
  migrationsFolder,
  join(sourceFolder, "schema"),
  join(sourceFolder, "seed"),
  // The seed computes the demo survey's cells as an import does.
  join(sourceFolder, "survey-cells.ts"),
  fileURLToPath(new URL("../reference-data", import.meta.url)),
  // The demo seed chooses the municipalities to visit with the domain's selection.
  fileURLToPath(new URL("../../domain/src", import.meta.url)),
  fileURLToPath(import.meta.url),
];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

let fingerprint: string | undefined;

/**
 * What a template is made from: the migrations, the schema, the seed and its reference data, the
 * domain rules the seed uses, this file, and the PGlite version. A change to any of them gives a new template; an old one is never used.
 */
function templateFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256");
  for (const file of templateInputs.flatMap(filesUnder)) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  hash.update(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/** The UTC date as yyyymmdd. */
const utcDay = (date: Date) => date.toISOString().slice(0, 10).replaceAll("-", "");

/** What a template holds, and the short name it goes by. */
interface Template {
  name: string;
  fill(database: Database): Promise<void>;
}

/**
 * The template for these seed options. Its name holds its inputs, the options (the upcoming demo
 * meetings' day and the password, not the password's salted hash), and the day it is made, so that
 * no template's rows were written more than a day before the tests that read them.
 */
function template(testSeed: TestSeed | undefined): Template {
  const today = testSeed?.today ?? new Date();
  const options = testSeed ? `demo:${utcDay(today)}:${testSeed.demoPassword}` : "migrated";
  const key = createHash("sha256").update(templateFingerprint()).update(options).digest("hex");
  return {
    name: `${utcDay(new Date())}_${key.slice(0, 20)}`,
    fill: async (database) => {
      await database.migrate();
      if (!testSeed) return;
      await seed(database.db, {
        demo: true,
        today,
        demoPasswordHash: await testSeed.hashPassword(testSeed.demoPassword),
      });
    },
  };
}

// PGlite: the data folder of a migrated (and seeded) PGlite, as an uncompressed tarball in the
// temporary folder, made by the first test file that needs it while the others wait for it.

const pgliteFolder = join(tmpdir(), "kraftsamling-test-templates");
const pgliteTarballs = new Map<string, Promise<Blob>>();
const day = 24 * 3600_000;
/** Each is some 40 MB: while migrations change, only the newest few are kept. */
const keptPgliteTemplates = 12;

function pgliteTarball(testSeed: TestSeed | undefined): Promise<Blob> {
  const wanted = template(testSeed);
  let tarball = pgliteTarballs.get(wanted.name);
  if (!tarball) {
    tarball = readOrMakePgliteTarball(wanted);
    pgliteTarballs.set(wanted.name, tarball);
  }
  return tarball;
}

async function readOrMakePgliteTarball(wanted: Template): Promise<Blob> {
  mkdirSync(pgliteFolder, { recursive: true });
  const file = join(pgliteFolder, `${wanted.name}.tar`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const ready = await readFile(file).catch(() => null);
    if (ready) return new Blob([ready]);
    const held = await open(lock, "wx").catch(() => null);
    if (held) {
      try {
        removeOldPgliteTemplates();
        const made = await makePgliteTarball(wanted);
        const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
        await writeFile(partial, new Uint8Array(await made.arrayBuffer()));
        await rename(partial, file);
        return made;
      } finally {
        await held.close();
        await unlink(lock).catch(() => {});
      }
    }
    // Another test file is making it. A lock left by a process that died goes after a few minutes.
    const since = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (since > 3 * 60_000) await unlink(lock).catch(() => {});
    if (Date.now() > deadline) return makePgliteTarball(wanted);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function makePgliteTarball(wanted: Template): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await wanted.fill(await openPglite({ pglite: client }));
    return await client.dumpDataDir("none");
  } finally {
    await client.close();
  }
}

/**
 * Templates made on an earlier day than yesterday are of no more use (nor is anything a process
 * left half made then), and of today's only the newest few are kept.
 */
function removeOldPgliteTemplates(): void {
  const oldest = utcDay(new Date(Date.now() - day));
  const entries = readdirSync(pgliteFolder)
    .filter((entry) => /^\d{8}_/.test(entry))
    .flatMap((entry) => {
      try {
        return [{ entry, madeAt: statSync(join(pgliteFolder, entry)).mtimeMs }];
      } catch {
        return []; // Removed by another process meanwhile.
      }
    })
    .sort((a, b) => b.madeAt - a.madeAt);
  const newest = new Set(
    entries
      .filter(({ entry }) => entry.endsWith(".tar"))
      .slice(0, keptPgliteTemplates)
      .map(({ entry }) => entry),
  );
  for (const { entry } of entries) {
    if (entry.slice(0, 8) >= oldest && (newest.has(entry) || !entry.endsWith(".tar"))) continue;
    try {
      unlinkSync(join(pgliteFolder, entry));
    } catch {
      // Another process removed it first.
    }
  }
}

async function freshPglite(testSeed: TestSeed | undefined, logQuery?: QueryLogger) {
  const pglite = await PGlite.create({ loadDataDir: await pgliteTarball(testSeed) });
  return openPglite({ pglite }, logQuery);
}

// PostgreSQL: a template database on the server, made once under an advisory lock by whichever
// test file needs it first; every test file's database is a copy of it.

const scratchPrefix = "kraftsamling_test_";
const templatePrefix = "kraftsamling_template_";
const templateLockKey = 7_461_203_118;
const postgresTemplates = new Map<string, Promise<string>>();

function adminUrl(databaseUrl: string): string {
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function onAdmin<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: adminUrl(databaseUrl) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function postgresTemplate(databaseUrl: string, testSeed: TestSeed | undefined): Promise<string> {
  const wanted = template(testSeed);
  const name = `${templatePrefix}${wanted.name}`;
  let made = postgresTemplates.get(name);
  if (!made) {
    made = makePostgresTemplate(databaseUrl, name, wanted).then(() => name);
    postgresTemplates.set(name, made);
    made.catch(() => postgresTemplates.delete(name));
  }
  return made;
}

async function makePostgresTemplate(
  databaseUrl: string,
  name: string,
  wanted: Template,
): Promise<void> {
  await onAdmin(databaseUrl, async (admin) => {
    await admin.query("select pg_advisory_lock($1)", [templateLockKey]);
    try {
      const existing = await admin.query<{ datistemplate: boolean }>(
        "select datistemplate from pg_database where datname = $1",
        [name],
      );
      // A template is marked as one only when it is complete; anything else is a broken attempt.
      if (existing.rows[0]?.datistemplate) return;
      await admin.query(`drop database if exists "${name}" with (force)`);
      await removeOldPostgresTemplates(admin);
      await admin.query(`create database "${name}"`);
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      const database = await openPostgres(url.toString());
      try {
        await wanted.fill(database);
      } finally {
        await database.close();
      }
      await admin.query(`alter database "${name}" with is_template true allow_connections false`);
    } finally {
      await admin.query("select pg_advisory_unlock($1)", [templateLockKey]);
    }
  });
}

/** Drops templates made before yesterday: their rows are too old, or their schema is. */
async function removeOldPostgresTemplates(admin: pg.Client): Promise<void> {
  const oldest = utcDay(new Date(Date.now() - day));
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like $1",
    [`${templatePrefix}%`],
  );
  for (const { datname } of rows) {
    if (datname.slice(templatePrefix.length, templatePrefix.length + 8) >= oldest) continue;
    await admin.query(`alter database "${datname}" with is_template false allow_connections true`);
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

/**
 * Creates a database on the server named by the URL, empty or as a copy of a template, and returns
 * that database's URL.
 */
export async function createScratchDatabase(
  databaseUrl: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${scratchPrefix}${randomBytes(6).toString("hex")}`;
  const run = (statement: string) => onAdmin(databaseUrl, (client) => client.query(statement));
  await run(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await run(`drop database if exists "${name}" with (force)`);
    },
  };
}

async function freshPostgres(
  databaseUrl: string,
  testSeed: TestSeed | undefined,
  logQuery?: QueryLogger,
): Promise<Database> {
  const scratch = await createScratchDatabase(
    databaseUrl,
    await postgresTemplate(databaseUrl, testSeed),
  );
  const database = await openPostgres(scratch.url, logQuery);
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

export { migrationsFolder };

/**
 * Two connections to one fresh, migrated (and, with `seed`, seeded) database, as two API instances
 * would have: two pools on a scratch PostgreSQL database, or two handles on one PGlite (which runs
 * in this process only).
 */
export async function oneDatabaseTwice(options: { seed?: TestSeed } = {}): Promise<{
  databases: [Database, Database];
  drop: () => Promise<void>;
}> {
  const { databaseUrl } = loadConfig();
  if (databaseUrl) {
    const scratch = await createScratchDatabase(
      databaseUrl,
      await postgresTemplate(databaseUrl, options.seed),
    );
    const first = await openPostgres(scratch.url);
    const second = await openPostgres(scratch.url);
    return { databases: [first, second], drop: scratch.drop };
  }
  const pglite = await PGlite.create({ loadDataDir: await pgliteTarball(options.seed) });
  const first = await openPglite({ pglite });
  const second = await openPglite({ pglite });
  return { databases: [first, second], drop: async () => {} };
}
