/**
 * The fixed cost of a request: the CPU time the API's process and the floor's spend per request
 * for the smallest typical request (`{ themes { id title } }`), from /proc, 2 000 requests at 10
 * connections after 500 to warm up, three times each in turn. CPU time per request holds still
 * better than requests/s on a shared machine.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run fixed-cost
 *   # API_MAIN=apps/api/dist/main.js (another build to compare) ROUNDS=3
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { benchDatabaseUrl, ensurePostgresData } from "./generate-large";
import { type Started, startApi, startFloor } from "./load-processes";

const rounds = Number(process.env.ROUNDS ?? 3);
const requests = 2000;
const body = JSON.stringify({
  operationName: "ThemeTitles",
  query: "query ThemeTitles { themes { id title } }",
});

/** User and system CPU time of a process so far, in ms (Linux, 100 ticks a second). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const send = async (server: Started, amount: number) => {
  await autocannon({
    url: `${server.url}graphql`,
    method: "POST",
    connections: 10,
    amount,
    headers: { "content-type": "application/json" },
    body,
  });
};

await ensurePostgresData();
const target = { databaseUrl: benchDatabaseUrl };
const servers = { floor: await startFloor(target, 4711), API: await startApi(target, 4710) };
const spent: Record<string, number[]> = { floor: [], API: [] };
for (const server of Object.values(servers)) await send(server, 500);
for (let round = 0; round < rounds; round++) {
  for (const [name, server] of Object.entries(servers)) {
    const before = cpuMs(server.process.pid);
    await send(server, requests);
    const perRequest = (cpuMs(server.process.pid) - before) / requests;
    spent[name]?.push(perRequest);
    console.log(`${name}: ${perRequest.toFixed(3)} ms of CPU a request`);
  }
}
const mean = (values: number[] = []) => values.reduce((a, b) => a + b, 0) / values.length;
console.log(
  `mean: API ${mean(spent.API).toFixed(3)} ms, floor ${mean(spent.floor).toFixed(3)} ms: the API spends ${(mean(spent.API) / mean(spent.floor)).toFixed(1)} times the floor's CPU on a request`,
);
for (const server of Object.values(servers)) await server.stop();
process.exit(0);
