/**
 * What a costly query does to the server: the county ↔ municipality cycle, sent by anyone,
 * used to freeze the API on PGlite for minutes. Now it is refused by its cost before anything runs.
 * One in-process API (PGlite, or PostgreSQL when DATABASE_URL is set); the cycle sent 50 times, 10
 * at a time, while /healthz is asked every 20 ms; then an ordinary query for comparison. Prints the
 * latencies (p50, p95, max) and the process's resident memory before and after.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run costly-queries
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx -y pnpm@10 --filter @kraftsamling/bench run costly-queries
 */
import { performance } from "node:perf_hooks";
import { createLog } from "@kraftsamling/api/log";
import { createMailer } from "@kraftsamling/api/mailer";
import { createServer } from "@kraftsamling/api/server";
import { seed } from "@kraftsamling/db";
import { freshDatabase } from "@kraftsamling/db/testing";

const cycle = `{ counties { municipalities { county { municipalities { county { municipalities { county { municipalities { name } } } } } } } } }`;
const ordinary = `{ counties { name municipalities { name group { code } } } }`;

const log = createLog("error");
const database = await freshDatabase();
await seed(database.db, { demo: false });
const server = await createServer({
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
const { url } = await server.listen(0, "127.0.0.1");

async function timed(request: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}
const post = (query: string) => () =>
  fetch(`${url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });

function summary(name: string, samples: { ms: number; status: number }[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const statuses = [...new Set(samples.map((s) => s.status))].join(",");
  console.log(
    `${name.padEnd(34)} n=${String(samples.length).padStart(3)}  status ${statuses}  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
}

const rss = () => `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`;
console.log(`database: ${database.kind}; resident memory before: ${rss()}`);

const health: { ms: number; status: number }[] = [];
let probing = true;
const prober = (async () => {
  while (probing) {
    health.push(await timed(() => fetch(`${url}healthz`)));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})();

const refused: { ms: number; status: number }[] = [];
for (let round = 0; round < 5; round++)
  refused.push(...(await Promise.all(Array.from({ length: 10 }, () => timed(post(cycle))))));
probing = false;
await prober;

const answered: { ms: number; status: number }[] = [];
for (let i = 0; i < 20; i++) answered.push(await timed(post(ordinary)));

summary("the cycle (refused by cost)", refused);
summary("/healthz meanwhile", health);
summary("counties → municipalities (290)", answered);
console.log(`resident memory after: ${rss()}`);

await server.stop();
await database.close();
