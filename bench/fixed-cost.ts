/**
 * The CPU time a request costs, and its latency at 10 connections: what the API's process, the
 * stack floor's and the SQL floor's spend per request, from /proc, for each typical request of the
 * load run (bench/load-requests.ts), the smallest of them (`{ themes { id title } }`) 4 000 times a
 * round and the others 1 000, at 10 connections after a warm-up, each server in turn, ROUNDS times.
 * It also gives what PostgreSQL's processes on this machine spend per request meanwhile.
 * CPU time per request holds still far better than requests/s or p99 on a shared machine, and the
 * ratio of two builds measured in turn in one run is what a change is judged by.
 *
 * The stack floor (stack-floor-server.ts) is Apollo Server and graphql-js on the API's schema,
 * answering with the API's own answers from memory: what the chosen stack costs before the
 * database or any code of the API. The SQL floor (floor-server.ts) answers with one SQL statement.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run fixed-cost
 *   # API_MAIN=apps/api/dist/main.js (the build measured) ROUNDS=3 COUNTY=12 SEARCH=nätverkshem
 *   # COMPARE_MAIN=path/to/other/main.js: a second build, measured in turn with the first
 *   # ONLY=themes: the smallest request alone (the fixed cost)
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchDatabaseUrl, ensurePostgresData } from "./generate-large";
import { type LoadFigures, loadWith, post, signIn, typicalRequests } from "./load-client";
import { type Started, startApi, startFloor, startStackFloor } from "./load-processes";
import type { LoadRequest } from "./load-requests";

const rounds = Number(process.env.ROUNDS ?? 3);
const countyCode = process.env.COUNTY ?? "12";
const searchText = process.env.SEARCH ?? "nätverkshem";
const smallest: LoadRequest = {
  name: "themes (small)",
  operationName: "ThemeTitles",
  query: "query ThemeTitles { themes { id title } }",
  variables: {},
  signedIn: false,
};
/** Requests measured a round: many of the small one, fewer of those that take the database long. */
const amountOf = (request: LoadRequest) => (request.name === smallest.name ? 4000 : 1000);

/**
 * User and system CPU time of a process so far, in ms (Linux, 100 ticks a second); with
 * `reaped`, also that of the children it has waited for when they ended.
 */
function cpuMs(pid: number | string | undefined, reaped = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (reaped ? ticks + Number(fields[13]) + Number(fields[14]) : ticks) * 10;
}

/**
 * User and system CPU time of PostgreSQL's processes on this machine so far, in ms: what the
 * database spends for a batch, when the bench database is on this machine and nothing else uses
 * the server meanwhile. A connection's process that ended (a pool closes idle ones) still counts:
 * the server's main process holds the time of the children it has reaped.
 */
function databaseCpuMs(): number {
  let spent = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres")
        spent += cpuMs(entry, true);
    } catch {
      // The process ended between the listing and the reading.
    }
  }
  return spent;
}

/** Latency and throughput of one batch of requests. */
type Batch = LoadFigures;

async function send(
  server: Started,
  request: LoadRequest,
  amount: number,
  cookie: string,
): Promise<Batch> {
  const batch = await loadWith(server.url, request, cookie, { connections: 10, amount });
  if (batch.errors > 0)
    throw new Error(`${request.name}: ${batch.errors} of ${amount} requests failed`);
  return batch;
}

/**
 * The API's answers to the requests, by operation name, in a file for the stack floor; each is
 * checked to hold data and no error, so that the stack floor answers what the API answered.
 */
async function apiAnswers(url: string, requests: LoadRequest[], cookie: string) {
  const answers: Record<string, unknown> = {};
  for (const request of requests) {
    const { text } = await post(url, request, request.signedIn ? cookie : undefined);
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`the API answered ${request.name}: ${text}`);
    answers[request.operationName] = body.data;
  }
  const file = join(tmpdir(), `kraftsamling-stack-floor-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(answers));
  return { answers, file };
}

await ensurePostgresData();
const target = { databaseUrl: benchDatabaseUrl };
const compareMain = process.env.COMPARE_MAIN;
const api = await startApi(target, 4710);
const cookie = await signIn(api.url);
const requests =
  process.env.ONLY === "themes"
    ? [smallest]
    : await typicalRequests(api.url, countyCode, searchText);
const { answers, file } = await apiAnswers(api.url, requests, cookie);
const servers: Record<string, Started> = {
  "SQL floor": await startFloor(target, 4711),
  "stack floor": await startStackFloor(file, 4713),
  API: api,
  ...(compareMain ? { "API (COMPARE_MAIN)": await startApi(target, 4712, compareMain) } : {}),
};
for (const request of requests) {
  const { text } = await post(servers["stack floor"]?.url ?? "", request);
  const same =
    JSON.stringify(JSON.parse(text).data) === JSON.stringify(answers[request.operationName]);
  if (!same)
    throw new Error(`the stack floor answered ${request.name} otherwise: ${text.slice(0, 500)}`);
}

const mean = (values: number[] = []) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[] = []) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const lines: string[] = [];
const table = [
  "| request | server | CPU a request | × SQL floor | database CPU | p50 | p99 | req/s |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
];
for (const request of requests) {
  const spent: Record<string, number[]> = Object.fromEntries(
    Object.keys(servers).map((name) => [name, []]),
  );
  const database: Record<string, number[]> = Object.fromEntries(
    Object.keys(servers).map((name) => [name, []]),
  );
  const batches: Record<string, Batch[]> = Object.fromEntries(
    Object.keys(servers).map((name) => [name, []]),
  );
  for (const server of Object.values(servers))
    await send(server, request, Math.ceil(amountOf(request) / 4), cookie);
  for (let round = 0; round < rounds; round++) {
    for (const [name, server] of Object.entries(servers)) {
      const before = cpuMs(server.process.pid);
      const databaseBefore = databaseCpuMs();
      const batch = await send(server, request, amountOf(request), cookie);
      const perRequest = (cpuMs(server.process.pid) - before) / amountOf(request);
      const databasePerRequest = (databaseCpuMs() - databaseBefore) / amountOf(request);
      spent[name]?.push(perRequest);
      database[name]?.push(databasePerRequest);
      batches[name]?.push(batch);
      console.log(
        `${request.name}, ${name}: ${perRequest.toFixed(3)} ms of CPU a request, the database ${databasePerRequest.toFixed(3)} ms; p50 ${batch.p50} ms, p99 ${batch.p99} ms, ${batch.rps.toFixed(0)} req/s`,
      );
    }
  }
  const floor = mean(spent["SQL floor"]);
  const figures = Object.keys(servers)
    .filter((name) => name !== "SQL floor")
    .map(
      (name) =>
        `${name} ${mean(spent[name]).toFixed(2)} ms (${(mean(spent[name]) / floor).toFixed(1)}× the SQL floor)`,
    );
  lines.push(`${request.name}: ${figures.join(", ")}, SQL floor ${floor.toFixed(2)} ms`);
  for (const name of Object.keys(servers)) {
    const of = (key: "p50" | "p99" | "rps") => median(batches[name]?.map((b) => b[key]));
    table.push(
      `| ${request.name} | ${name} | ${mean(spent[name]).toFixed(2)} ms | ${(mean(spent[name]) / floor).toFixed(1)} | ${mean(database[name]).toFixed(2)} ms | ${of("p50")} ms | ${of("p99")} ms | ${of("rps").toFixed(0)} |`,
    );
  }
}
console.log("\nCPU time a request, the mean of the rounds:");
for (const line of lines) console.log(`  ${line}`);
console.log(`\nAt 10 connections, the median of the rounds:\n${table.join("\n")}`);
for (const server of Object.values(servers)) await server.stop();
rmSync(file, { force: true });
process.exit(0);
