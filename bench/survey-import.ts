/**
 * The time-use survey's import through its HTTP route, as the portal sends it: a CSV file of
 * 10 000 and of 100 000 respondents generated on disk, posted (multipart, the coordinator's
 * session) to a started API on PostgreSQL (a database of its own, dropped after), while the
 * import's progress is polled over GraphQL. Each size runs in a process of its own, so that its
 * peak RSS is its own; the table gives the time, the rows per second, the progress seen and the
 * peak RSS, and the ratio of the peaks shows whether memory stays flat.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run survey-import
 *   BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432 SIZES=10000,100000 npx -y pnpm@10 --filter @kraftsamling/bench run survey-import
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createLog } from "@kraftsamling/api/log";
import { createMailer } from "@kraftsamling/api/mailer";
import { createServer } from "@kraftsamling/api/server";
import { openPostgres, schema, seed } from "@kraftsamling/db";
import { newToken, tokenHash } from "../apps/api/src/accounts/tokens";

const server = process.env.BENCH_POSTGRES ?? "postgres://postgres@127.0.0.1:5432";
const sizes = (process.env.SIZES ?? "10000,100000").split(",").map(Number);

interface Result {
  rows: number;
  fileMb: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  progress: number[];
  status: string;
}

const roles = [
  "socialsekreterare",
  "socialsekreterare",
  "socialsekreterare",
  "arbetsledare",
  "chef",
  "other",
];

/** A survey file of `rows` respondents, written line by line (semicolons, decimal commas). */
async function writeFile(path: string, rows: number, codes: string[]): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write(
    "\ufeffkommunkod;roll;direkt (h);dokumentation (h);administration (h);resor (h);övrigt (h)\r\n",
  );
  let state = rows;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = 0; i < rows; i++) {
    const direct = 8 + Math.floor(random() * 10);
    const documentation = 10 + Math.floor(random() * 8);
    const hours = [
      direct,
      documentation,
      6 + Math.floor(random() * 6),
      Math.floor(random() * 4),
      2.5,
    ];
    const code = codes[Math.floor(random() * codes.length)];
    const role = roles[Math.floor(random() * roles.length)];
    await write(`${code};${role};${hours.map((h) => String(h).replace(".", ",")).join(";")}\r\n`);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error) => (error ? reject(error) : resolve())),
  );
}

/** One size, in this process: a database of its own, the API, the file, the upload. */
async function runOne(rows: number): Promise<Result> {
  const name = `bench_survey_${rows}`;
  const admin = await openPostgres(`${server}/postgres`);
  await admin.db.execute(`drop database if exists ${name}`);
  await admin.db.execute(`create database ${name}`);
  const database = await openPostgres(`${server}/${name}`);
  const folder = mkdtempSync(join(tmpdir(), "bench-survey-"));
  try {
    await database.migrate();
    await seed(database.db, { demo: false });
    const [person] = await database.db
      .insert(schema.people)
      .values({ name: "Samordnaren", email: "bench@kraftsamling.example", role: "coordinator" })
      .returning();
    const token = newToken();
    await database.db.insert(schema.sessions).values({
      tokenHash: tokenHash(token),
      personId: person?.id as string,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const cookie = `ks_session=${encodeURIComponent(token)}`;
    const codes = (
      await database.db.select({ code: schema.municipalities.code }).from(schema.municipalities)
    ).map((m) => m.code);
    const file = join(folder, "tidsmatning.csv");
    await writeFile(file, rows, codes);

    const log = createLog("error");
    const api = await createServer({
      database,
      log,
      services: {
        mailer: createMailer({
          database,
          smtpUrl: undefined,
          from: "bench@kraftsamling.example",
          log,
          printLinks: false,
        }),
        config: { publicUrl: "http://bench.test", nodeEnv: "test" },
      },
      portalDir: "/nonexistent",
    });
    const { url } = await api.listen(0, "127.0.0.1");
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const importId = randomUUID();
    const progress: number[] = [];
    const poller = setInterval(async () => {
      const response = await fetch(`${url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ query: `{ surveyImport(id: "${importId}") { rowsRead } }` }),
      }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as {
        data?: { surveyImport: { rowsRead: number } | null };
      } | null;
      const read = body?.data?.surveyImport?.rowsRead;
      if (read !== undefined && read !== progress[progress.length - 1]) progress.push(read);
    }, 100);

    const form = new FormData();
    form.append("name", `Bänk ${rows}`);
    form.append("periodStart", "2015-09-07");
    form.append("periodEnd", "2015-09-18");
    form.append("round", "BEFORE_VISIT_1");
    form.append("importId", importId);
    form.append("file", await openAsBlob(file), "tidsmatning.csv");
    const started = performance.now();
    const response = await fetch(`${url}measurement/surveys`, {
      method: "POST",
      body: form,
      headers: { cookie, "apollo-require-preflight": "true" },
    });
    const body = (await response.json()) as { import?: { status: string; rowsRead: number } };
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    clearInterval(poller);
    peak = Math.max(peak, process.memoryUsage().rss);
    await api.stop();
    if (body.import?.status !== "IMPORTED")
      throw new Error(`not imported: ${JSON.stringify(body).slice(0, 500)}`);
    return {
      rows,
      fileMb: statSync(file).size / 1024 / 1024,
      seconds,
      rssBeforeMb: rssBefore / 1024 / 1024,
      peakRssMb: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024,
      progress,
      status: body.import.status,
    };
  } finally {
    await database.close();
    await admin.db.execute(`drop database if exists ${name}`);
    await admin.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const only = process.argv.indexOf("--rows");
if (only >= 0) {
  const result = await runOne(Number(process.argv[only + 1]));
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
} else {
  const results: Result[] = [];
  for (const rows of sizes) {
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", "--expose-gc", fileURLToPath(import.meta.url), "--rows", String(rows)],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    const line = output.split("\n").find((l) => l.startsWith("RESULT "));
    if (!line) throw new Error(`no result for ${rows}: ${output}`);
    results.push(JSON.parse(line.slice(7)) as Result);
  }
  console.log("rows     file MB  seconds  rows/s   RSS before  peak RSS  progress seen (rowsRead)");
  for (const r of results) {
    const shown =
      r.progress.length > 6
        ? [...r.progress.slice(0, 3), "…", ...r.progress.slice(-2)]
        : r.progress;
    console.log(
      `${String(r.rows).padEnd(8)} ${r.fileMb.toFixed(1).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${Math.round(
        r.rows / r.seconds,
      )
        .toString()
        .padStart(
          6,
        )}   ${r.rssBeforeMb.toFixed(0).padStart(6)} MB  ${r.peakRssMb.toFixed(0).padStart(5)} MB  ${shown.join(", ")}`,
    );
  }
  const [small, large] = [results[0], results[results.length - 1]];
  if (small && large && small !== large)
    console.log(
      `\npeak RSS ${large.rows} rows / ${small.rows} rows: ${(large.peakRssMb / small.peakRssMb).toFixed(2)} (rows ×${large.rows / small.rows})`,
    );
}
