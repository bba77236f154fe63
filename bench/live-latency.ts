/**
 * How long a new comment takes to reach an open theme page served by another API instance on the
 * same database: the target is within a second. Two in-process instances (PGlite, or
 * PostgreSQL when DATABASE_URL is set), a graphql-ws subscriber on the second, comments stored
 * through the first instance's database connection; the clock runs from the insert's commit to the
 * subscriber's message (the trigger, NOTIFY, LISTEN, the GraphQL resolution and the WebSocket).
 *
 *   npx -y pnpm@10 bench                      # PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx -y pnpm@10 bench
 */
import { performance } from "node:perf_hooks";
import { createLog } from "@kraftsamling/api/log";
import { createMailer } from "@kraftsamling/api/mailer";
import { hashPassword } from "@kraftsamling/api/passwords";
import { createServer } from "@kraftsamling/api/server";
import { schema, seed } from "@kraftsamling/db";
import { oneDatabaseTwice } from "@kraftsamling/db/testing";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const comments = 200;
const password = "ett-langt-losenord";
const log = createLog("error");
const { databases, drop } = await oneDatabaseTwice();
const [writer, reader] = databases;
await seed(writer.db, { demo: true, demoPasswordHash: await hashPassword(password) });
const server = await createServer({
  database: reader,
  log,
  services: {
    mailer: createMailer({
      database: reader,
      smtpUrl: undefined,
      from: "bench@kraftsamling.example",
      log,
      printLinks: false,
    }),
    config: { publicUrl: "http://bench.test", nodeEnv: "test" },
  },
});
const { url } = await server.listen(0, "127.0.0.1");

const signIn = await fetch(`${url}graphql`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    query: `mutation { signIn(email: "admin.ssr@kraftsamling.example", password: "${password}") { __typename } }`,
  }),
});
const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const theme = await writer.db.query.themes.findFirst({
  where: { status: "open" },
  orderBy: { slug: "asc" },
});
const author = await writer.db.query.people.findFirst({
  where: { email: "medlem.raddabarnen@kraftsamling.example" },
});
if (!theme || !author) throw new Error("the seed has no open theme or no author");

const sentAt = new Map<string, number>();
const latencies: number[] = [];
let arrived: (() => void) | null = null;
const socket = class extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols, { headers: { cookie } });
  }
};
const client = createClient({ url: `${url.replace("http", "ws")}graphql`, webSocketImpl: socket });
const connected = new Promise<void>((resolve) => client.on("connected", () => resolve()));
client.subscribe<{ commentActivity: { comment: { body: string } | null } }>(
  {
    query: `subscription ($t: ID!) { commentActivity(themeId: $t) { comment { body } } }`,
    variables: { t: theme.id },
  },
  {
    next: (value) => {
      const body = value.data?.commentActivity.comment?.body ?? "";
      const start = sentAt.get(body);
      if (start !== undefined) latencies.push(performance.now() - start);
      arrived?.();
    },
    error: (error) => console.error(error),
    complete: () => {},
  },
);
await connected;
await new Promise((resolve) => setTimeout(resolve, 300));

for (let i = 0; i < comments; i++) {
  const body = `Mätning ${i}`;
  const received = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  sentAt.set(body, performance.now());
  await writer.db.insert(schema.comments).values({ themeId: theme.id, authorId: author.id, body });
  await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

await client.dispose();
await server.stop();
for (const database of databases) await database.close();
await drop();

latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  `live comment latency across two API instances (${writer.kind}), ${latencies.length}/${comments} delivered`,
);
console.log(
  `  p50 ${at(0.5).toFixed(1)} ms   p95 ${at(0.95).toFixed(1)} ms   max ${at(1).toFixed(1)} ms   (target: within 1000 ms)`,
);
