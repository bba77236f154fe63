/**
 * The public API under HTTP load (autocannon), against the floor server on the same database: the
 * built API (`node apps/api/dist/main.js`) and bench/floor-server.ts, on the large data set of
 * generate-large.ts (generated first when missing), on PostgreSQL and on PGlite. For each typical
 * request at 1, 10 and 50 connections it prints p50, p99 and requests/s of both, the ratio of the
 * API's requests/s to the floor's, the SQL statements per request of the API, the API's RSS before,
 * after and at its peak, and /healthz's latency while the thread's first page runs at 10
 * connections.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run api-load
 *   # DURATION=8 (seconds a case) CONNECTIONS=1,10,50 TARGET=postgres,pglite
 */
import { execSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  benchDatabaseUrl,
  ensurePgliteData,
  ensurePostgresData,
  pgliteDir,
  pgliteScale,
} from "./generate-large";
import { type LoadFigures, loadWith, post, signIn, typicalRequests } from "./load-client";
import {
  apiMain,
  type DatabaseTarget,
  repoRoot,
  rssMb,
  type Started,
  startApi,
  startFloor,
  watchRss,
} from "./load-processes";
import type { LoadRequest } from "./load-requests";

const duration = Number(process.env.DURATION ?? 8);
const connectionCounts = (process.env.CONNECTIONS ?? "1,10,50").split(",").map(Number);
const targets = (process.env.TARGET ?? "postgres,pglite").split(",");
const countyCode = process.env.COUNTY ?? "12";
const searchText = process.env.SEARCH ?? "nätverkshem";

type Figures = LoadFigures;

interface Row {
  database: string;
  request: string;
  connections: number;
  api: Figures;
  floor: Figures;
  statements: number;
}

async function statementsSent(url: string): Promise<number> {
  const response = await fetch(`${url}healthz`);
  return ((await response.json()) as { statements?: number }).statements ?? Number.NaN;
}

/** The API's SQL statements per request: ten requests one after another, counted by the API. */
async function statementsPerRequest(url: string, request: LoadRequest, cookie: string) {
  const before = await statementsSent(url);
  for (let i = 0; i < 10; i++) await post(url, request, request.signedIn ? cookie : undefined);
  return ((await statementsSent(url)) - before) / 10;
}

/** Sends the request once and checks the answer holds data and no error; returns its size. */
async function check(name: string, url: string, request: LoadRequest, cookie: string) {
  const { status, text } = await post(url, request, request.signedIn ? cookie : undefined);
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (status !== 200 || body.errors || !body.data)
    throw new Error(
      `${name} answered ${request.operationName} with ${status}: ${text.slice(0, 500)}`,
    );
  return text.length;
}

function load(
  url: string,
  request: LoadRequest,
  connections: number,
  cookie: string,
  seconds = duration,
): Promise<Figures> {
  return loadWith(url, request, cookie, { connections, duration: seconds });
}

/** /healthz, every 100 ms while `during` runs: p50, p99 and the longest wait, in ms. */
async function healthDuring<T>(url: string, during: Promise<T>) {
  const samples: number[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${url}healthz`).then((r) => r.text());
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const result = await during;
  done = true;
  await poll;
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { result, p50: at(0.5), p99: at(0.99), max: samples.at(-1) ?? 0, n: samples.length };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

async function runTarget(label: string, target: DatabaseTarget, shared: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const apiPort = 4700;
  const floorPort = 4701;
  // PGlite is a folder one process opens at a time: there the floor runs first, then the API.
  let floor: Started | null = await startFloor(target, floorPort);
  let api: Started | null = shared ? await startApi(target, apiPort) : null;
  const floorFigures = new Map<string, Figures>();
  const key = (request: LoadRequest, connections: number) => `${request.name}@${connections}`;

  // The subjects and the session come from the API; on PGlite, from a first start of it.
  const probe =
    api ??
    (await (async () => {
      await floor?.stop();
      floor = null;
      return startApi(target, apiPort);
    })());
  const cookie = await signIn(probe.url);
  const requests = await typicalRequests(probe.url, countyCode, searchText);
  const statements = new Map<string, number>();
  for (const request of requests) {
    const bytes = await check("the API", probe.url, request, cookie);
    statements.set(request.name, await statementsPerRequest(probe.url, request, cookie));
    console.log(
      `  ${request.name}: the API's answer ${bytes} bytes, ${statements.get(request.name)} statements`,
    );
  }
  if (!shared) {
    await probe.stop();
    floor = await startFloor(target, floorPort);
  }

  const runFloor = async (request: LoadRequest, connections: number) => {
    if (!floor) return;
    floorFigures.set(
      key(request, connections),
      await load(floor.url, request, connections, cookie),
    );
  };
  if (floor) {
    for (const request of requests) {
      const bytes = await check("the floor", floor.url, request, cookie);
      console.log(`  ${request.name}: the floor's answer ${bytes} bytes`);
    }
  }
  if (!shared) {
    for (const request of requests) {
      await load(floor?.url ?? "", request, 10, cookie, 1);
      for (const connections of connectionCounts) await runFloor(request, connections);
    }
    await floor?.stop();
    floor = null;
    api = await startApi(target, apiPort);
    await signIn(api.url);
  }
  if (!api) throw new Error("the API did not start");

  // Warm up: every request a second at 10 connections, then memory before.
  for (const request of requests) await load(api.url, request, 10, cookie, 1);
  const rssBefore = rssMb(api.process.pid);
  const rss = watchRss(api.process.pid);
  let health: { p50: number; p99: number; max: number; n: number } | null = null;
  for (const request of requests) {
    if (shared) await load(floor?.url ?? "", request, 10, cookie, 1);
    for (const connections of connectionCounts) {
      if (shared) await runFloor(request, connections);
      const running = load(api.url, request, connections, cookie);
      let figures: Figures;
      if (request.operationName === "ThreadFirstPage" && connections === 10) {
        const measured = await healthDuring(api.url, running);
        figures = measured.result;
        health = measured;
      } else {
        figures = await running;
      }
      const floorRow = floorFigures.get(key(request, connections)) ?? {
        p50: 0,
        p99: 0,
        rps: 0,
        errors: 0,
      };
      const row: Row = {
        database: label,
        request: request.name,
        connections,
        api: figures,
        floor: floorRow,
        statements: statements.get(request.name) ?? Number.NaN,
      };
      rows.push(row);
      console.log(
        `  ${request.name.padEnd(24)} ${String(connections).padStart(2)} conn: API p50 ${ms(figures.p50)} p99 ${ms(figures.p99)} ${figures.rps.toFixed(0)} req/s; floor p50 ${ms(floorRow.p50)} p99 ${ms(floorRow.p99)} ${floorRow.rps.toFixed(0)} req/s; ratio ${ratio({ api: figures, floor: floorRow } as Row)}${figures.errors ? `; ${figures.errors} errors` : ""}`,
      );
    }
  }
  rss.stop();
  const rssAfter = rssMb(api.process.pid);
  console.log(
    `  API RSS: before ${rssBefore.toFixed(0)} MB, after ${rssAfter.toFixed(0)} MB, peak ${rss.peak().toFixed(0)} MB`,
  );
  if (health)
    console.log(
      `  /healthz while the thread runs at 10 connections: p50 ${ms(health.p50)}, p99 ${ms(health.p99)}, max ${ms(health.max)} (${health.n} probes)`,
    );
  summary.push({ label, rssBefore, rssAfter, rssPeak: rss.peak(), health });
  await api.stop();
  await floor?.stop();
  return rows;
}

const summary: {
  label: string;
  rssBefore: number;
  rssAfter: number;
  rssPeak: number;
  health: { p50: number; p99: number; max: number; n: number } | null;
}[] = [];

/** The API's requests/s over the floor's; none when a side finished no request within the case. */
const ratio = (r: Row) =>
  r.api.rps > 0 && r.floor.rps > 0 ? (r.api.rps / r.floor.rps).toFixed(2) : "none finished";

function table(rows: Row[]): string {
  const lines = [
    "| database | request | conn | API p50 | API p99 | API req/s | floor p50 | floor p99 | floor req/s | API/floor | SQL/request |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.database} | ${r.request} | ${r.connections} | ${ms(r.api.p50)} | ${ms(r.api.p99)} | ${r.api.rps.toFixed(0)} | ${ms(r.floor.p50)} | ${ms(r.floor.p99)} | ${r.floor.rps.toFixed(0)} | ${ratio(r)} | ${r.statements} |`,
    );
  }
  return lines.join("\n");
}

if (!existsSync(apiMain)) {
  console.log("building the API …");
  execSync("npx -y pnpm@10 --filter @kraftsamling/api run build", {
    cwd: repoRoot,
    stdio: "inherit",
  });
}
const rows: Row[] = [];
if (targets.includes("postgres")) {
  await ensurePostgresData();
  console.log(`PostgreSQL (${benchDatabaseUrl}), ${duration} s a case:`);
  rows.push(...(await runTarget("PostgreSQL", { databaseUrl: benchDatabaseUrl }, true)));
}
if (targets.includes("pglite")) {
  await ensurePgliteData();
  console.log(`PGlite (${pgliteDir}, the data set × ${pgliteScale}), ${duration} s a case:`);
  rows.push(...(await runTarget("PGlite", { dataDir: pgliteDir }, false)));
}
console.log(`\n${table(rows)}\n`);
for (const s of summary) {
  console.log(
    `${s.label}: API RSS before ${s.rssBefore.toFixed(0)} MB, after ${s.rssAfter.toFixed(0)} MB, peak ${s.rssPeak.toFixed(0)} MB` +
      (s.health
        ? `; /healthz during the thread at 10 connections p50 ${ms(s.health.p50)}, p99 ${ms(s.health.p99)}, max ${ms(s.health.max)}`
        : ""),
  );
}
writeFileSync("/tmp/kraftsamling-api-load.json", JSON.stringify({ rows, summary }, null, 2));
process.exit(0);
