/**
 * The CPU time a request costs: what the API's process and the floor's spend per request, from
 * /proc, for each typical request of the load run (bench/load-requests.ts), the smallest of them
 * (`{ themes { id title } }`) 2 000 times a round and the others 300, at 10 connections after a
 * warm-up, each server in turn, ROUNDS
 * times. CPU time per request holds still far better than requests/s or p99 on a shared machine,
 * and the ratio of two builds measured in turn in one run is what a change is judged by.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run fixed-cost
 *   # API_MAIN=apps/api/dist/main.js (the build measured) ROUNDS=3 COUNTY=12 SEARCH=nätverkshem
 *   # COMPARE_MAIN=path/to/other/main.js: a second build, measured in turn with the first
 *   # ONLY=themes: the smallest request alone (the fixed cost)
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { benchDatabaseUrl, ensurePostgresData } from "./generate-large";
import { signIn, typicalRequests } from "./load-client";
import { type Started, startApi, startFloor } from "./load-processes";
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
const amountOf = (request: LoadRequest) => (request.name === smallest.name ? 2000 : 300);

/** User and system CPU time of a process so far, in ms (Linux, 100 ticks a second). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function send(server: Started, request: LoadRequest, amount: number, cookie: string) {
  const result = await autocannon({
    url: `${server.url}graphql`,
    method: "POST",
    connections: 10,
    amount,
    timeout: 30,
    headers: { "content-type": "application/json", ...(request.signedIn ? { cookie } : {}) },
    body: JSON.stringify({
      operationName: request.operationName,
      query: request.query,
      variables: request.variables,
    }),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${request.name}: ${failed} of ${amount} requests failed`);
}

await ensurePostgresData();
const target = { databaseUrl: benchDatabaseUrl };
const compareMain = process.env.COMPARE_MAIN;
const servers: Record<string, Started> = {
  floor: await startFloor(target, 4711),
  API: await startApi(target, 4710),
  ...(compareMain ? { "API (COMPARE_MAIN)": await startApi(target, 4712, compareMain) } : {}),
};
const api = servers.API as Started;
const cookie = await signIn(api.url);
const requests =
  process.env.ONLY === "themes"
    ? [smallest]
    : await typicalRequests(api.url, countyCode, searchText);

const mean = (values: number[] = []) => values.reduce((a, b) => a + b, 0) / values.length;
const lines: string[] = [];
for (const request of requests) {
  const spent: Record<string, number[]> = Object.fromEntries(
    Object.keys(servers).map((name) => [name, []]),
  );
  for (const server of Object.values(servers))
    await send(server, request, Math.ceil(amountOf(request) / 4), cookie);
  for (let round = 0; round < rounds; round++) {
    for (const [name, server] of Object.entries(servers)) {
      const before = cpuMs(server.process.pid);
      await send(server, request, amountOf(request), cookie);
      const perRequest = (cpuMs(server.process.pid) - before) / amountOf(request);
      spent[name]?.push(perRequest);
      console.log(`${request.name}, ${name}: ${perRequest.toFixed(3)} ms of CPU a request`);
    }
  }
  const floor = mean(spent.floor);
  const figures = Object.keys(servers)
    .filter((name) => name !== "floor")
    .map(
      (name) =>
        `${name} ${mean(spent[name]).toFixed(2)} ms (${(mean(spent[name]) / floor).toFixed(1)}× the floor)`,
    );
  lines.push(`${request.name}: ${figures.join(", ")}, floor ${floor.toFixed(2)} ms`);
}
console.log("\nCPU time a request, the mean of the rounds:");
for (const line of lines) console.log(`  ${line}`);
for (const server of Object.values(servers)) await server.stop();
process.exit(0);
