import { readFileSync } from "node:fs";
import { loadConfig } from "@kraftsamling/config";
import { type Database, openPostgres } from "@kraftsamling/db";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningServer, startServer } from "./process";

const { databaseUrl } = loadConfig();

/** The process's peak resident memory so far, in kB (Linux: VmHWM in /proc/<pid>/status). */
function peakMemoryKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Number(line?.replace(/\D+/g, ""));
}

/** Reads a whole download and counts its line breaks, without keeping it. */
async function lineBreaks(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  let count = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) count++;
  }
  return count;
}

/**
 * The embedded database runs inside the API's process, so its memory would be counted as the
 * API's: the API's own memory is measured against PostgreSQL, where the rows live elsewhere.
 */
describe.skipIf(!databaseUrl)("downloading the open data as the rows grow", () => {
  let server: RunningServer;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;

  /** Adds published findings numbered from `from` to `to`, one in ten invented, each with a theme. */
  const addFindings = async (from: number, to: number) => {
    await database.db.execute(sql`with added as (
         insert into findings (title, body, status, kind, source, phase_number, municipality_code,
           observed_on, published_at, invented)
         select 'Iakttagelse ' || i, repeat('Handläggarna beskriver barnens väg genom utredningen. ', 8),
           'published', (case when i % 2 = 0 then 'challenge' else 'good_example' end)::finding_kind,
           'visit', 1 + i % 5, '0180', date '2016-01-01' + (i % 300),
           timestamptz '2016-01-01' + i * interval '1 minute', i % 10 = 0
         from generate_series(${from}::int, ${to}::int) i
         returning id)
       insert into finding_themes (finding_id, theme_id)
       select added.id, (select id from themes order by slug limit 1) from added`);
  };

  const downloads = async (rows: number) => {
    const base = new URL("open-data/", server.url);
    expect(await lineBreaks(new URL("findings.csv", base).href)).toBe(rows + 1);
    expect(await lineBreaks(new URL("findings.jsonl", base).href)).toBe(rows);
    expect(await lineBreaks(new URL("findings.json", base).href)).toBe(rows + 2);
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(databaseUrl as string);
    server = await startServer({
      DATABASE_URL: scratch.url,
      PORT: String(await freePort()),
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      // Given room, V8 lets its heap grow with the rate of allocation alone; capped as in a small
      // container, the peak shows what a download holds. A server that kept the rows would fail.
      NODE_OPTIONS: "--max-old-space-size=128",
    });
    database = await openPostgres(scratch.url);
  }, 180_000);
  afterAll(async () => {
    await database?.close();
    if (server?.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await scratch?.drop();
  });

  it("keeps the server's memory flat from 10 000 to 100 000 rows, in CSV, JSON and JSON Lines", async () => {
    const pid = server.child.pid as number;
    // In parts: one statement may run for at most 10 seconds.
    for (let from = 1; from < 10_000; from += 2_500) await addFindings(from, from + 2_499);
    await downloads(10_000);
    const after10k = peakMemoryKb(pid);
    for (let from = 10_001; from < 100_000; from += 2_500) await addFindings(from, from + 2_499);
    await downloads(100_000);
    const after100k = peakMemoryKb(pid);
    // Ten times the rows: a server that held them would need several times the memory.
    expect(after100k / after10k, `peak ${after10k} kB, then ${after100k} kB`).toBeLessThan(1.3);
  }, 300_000);
});
